package org.complaintdesk.bench.plain;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/** Flowable 8 as a plain application embeds it: its own connection pool on the benchmark's database, timers on. */
@ApplicationScoped
public class PlainEngine {

    private static final Logger LOG = Logger.getLogger(PlainEngine.class.getName());

    private ProcessEngine engine;

    void start(@Observes @Initialized(ApplicationScoped.class) Object context) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(System.getenv("PLAIN_DB_URL"));
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("postgres");
        // as many connections as the desk's pool
        configuration.setJdbcMaxActiveConnections(32);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setAsyncExecutorActivate(true);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("plain-intake.bpmn20.xml").deploy();
        LOG.info("Plain engine is ready");
    }

    ProcessEngine engine() {
        return engine;
    }

    @PreDestroy
    void stop() {
        if (engine != null) {
            engine.close();
        }
    }
}
