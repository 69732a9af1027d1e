package org.complaintdesk.workflow;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.flowable.common.engine.impl.db.DbSqlSessionFactory;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The timer acquisition's query with an order: the due timers, oldest first. Flowable 8's query has none, and
 * PostgreSQL answers its LIMIT by reading the timer table from the start until enough due rows turn up. The open
 * complaints' far deadlines fill that table, and the timers falling due now are the newest rows at its end: with 20,000
 * open complaints each acquisition read 40,000 rows (75 ms), with 100,000 five times as many, so escalations slowed as
 * the desk filled (docs/ENGINE.md). Ordered by due date, PostgreSQL reads the due-date index and stops after one
 * acquisition's worth, whatever the table holds, and the timers that waited longest go first.
 * <p>
 * The engine's own way to replace a statement for one kind of database: its session factory maps Flowable's
 * {@code selectTimerJobsToExecute} to {@value #STATEMENT} of {@value #MAPPER}, the same query with the order.
 */
final class OldestDueTimersFirst {

    static final String MAPPER = "org/complaintdesk/workflow/due-timers.xml";
    static final String STATEMENT = "selectDueTimerJobsOldestFirst";
    private static final String FLOWABLE_STATEMENT = "selectTimerJobsToExecute";

    private OldestDueTimersFirst() {
    }

    /** Makes the engine that this configuration builds acquire due timers with this query. */
    static void install(ProcessEngineConfigurationImpl configuration) {
        Set<String> mappers = configuration.getCustomMybatisXMLMappers() == null ? new HashSet<>()
                : new HashSet<>(configuration.getCustomMybatisXMLMappers());
        mappers.add(MAPPER);
        configuration.setCustomMybatisXMLMappers(mappers);
        DbSqlSessionFactory sessions = configuration.createDbSqlSessionFactory();
        sessions.getDatabaseSpecificStatements().computeIfAbsent("postgres", type -> new HashMap<>()).put(FLOWABLE_STATEMENT, STATEMENT);
        configuration.setDbSqlSessionFactory(sessions);
    }
}
