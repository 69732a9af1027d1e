package org.complaintdesk.workflow;

import java.util.Map;
import org.complaintdesk.it.support.TestDatabase;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.runtime.Clock;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/**
 * The engine the process tests run on: standalone Flowable on a PostgreSQL database of its own, the test's clock,
 * full history, the job executor off until a test runs it (move the clock, then execute the jobs).
 */
final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    /** A configuration on a fresh database named {@code database}; the test adds what it needs and builds it. */
    static ProcessEngineConfigurationImpl onPostgres(String database, Clock clock, Map<Object, Object> beans) {
        return onPostgresAt(TestDatabase.create(database), clock, beans);
    }

    /** As {@link #onPostgres}, on a database the test has prepared at {@code jdbcUrl}. */
    static ProcessEngineConfigurationImpl onPostgresAt(String jdbcUrl, Clock clock, Map<Object, Object> beans) {
        ProcessEngineConfigurationImpl configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(jdbcUrl);
        configuration.setJdbcDriver("org.postgresql.Driver");
        configuration.setJdbcUsername("postgres");
        configuration.setJdbcPassword("postgres");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setClock(clock);
        configuration.setBeans(beans);
        configuration.setHistoryLevel(HistoryLevel.FULL);
        configuration.setAsyncExecutorActivate(false);
        return configuration;
    }
}
