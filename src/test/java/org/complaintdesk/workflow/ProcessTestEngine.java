package org.complaintdesk.workflow;

import static org.complaintdesk.workflow.ComplaintProcess.*;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import org.complaintdesk.it.support.TestDatabase;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.runtime.Clock;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.impl.test.JobTestHelper;
import org.flowable.task.api.Task;

/**
 * The engine the process tests run on: standalone Flowable on a PostgreSQL database of its own, the test's clock,
 * full history, the desk's own job executor (its job runs and timer acquisition), off until a test runs it (move the
 * clock, then execute the jobs).
 */
final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    /**
     * Starts a simple complaint received at {@code receivedAt} (reply due 2 h later, warning at 90 min) and completes
     * its apologise-and-record step with ESCALATE: the team lead's step is open, with its deadline and reminder timers.
     * @return the process instance's id
     */
    static String startEscalatedToLead(ProcessEngine engine, String number, Instant receivedAt) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_COMPLAINT_ID, Long.parseLong(number.substring(2)));
        variables.put(VAR_CATEGORY, "AGENT_MISTAKE");
        variables.put(VAR_LOGGING_AGENT, "agent-1007");
        variables.put(VAR_TEAM, "TEAM-A");
        variables.put(VAR_REPLY_DEADLINE, Date.from(receivedAt.plus(Duration.ofHours(2))));
        variables.put(VAR_REPLY_WARNING_AT, Date.from(receivedAt.plus(Duration.ofMinutes(90))));
        String id = engine.getRuntimeService().startProcessInstanceByKey(KEY, number, variables).getId();
        Task record = engine.getTaskService().createTaskQuery().processInstanceId(id).taskDefinitionKey(TASK_APOLOGISE_AND_RECORD)
                .singleResult();
        engine.getTaskService().complete(record.getId(), Map.of(VAR_ROUTE, Route.ESCALATE.name()));
        return id;
    }

    /**
     * Runs the engine's job executor until no job is left and no timer is due at the engine's clock. Both tables are
     * read in one statement: Flowable's JobTestHelper reads them one after the other, and while a due timer is made
     * a job it can see it in neither, stop early and shut the executor down under running jobs.
     */
    static void runDueJobs(ProcessEngineConfigurationImpl configuration) {
        JobTestHelper.waitForJobExecutorOnCondition(configuration, 60_000, 100, () -> TestDatabase.count(configuration.getJdbcUrl(),
                "select (select count(*) from act_ru_job) + (select count(*) from act_ru_timer_job where duedate_ <= ?)",
                new Timestamp(configuration.getClock().getCurrentTime().getTime())) == 0);
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
        withDeskJobExecutor(configuration, new JobExecutorSizing(JobExecutorSizing.defaultThreads(Runtime.getRuntime().availableProcessors()),
                256, 128, 128));
        OldestDueTimersFirst.install(configuration);
        AcquisitionRaces.install(configuration);
        return configuration;
    }

    /**
     * Runs the jobs with the desk's job executor of these sizes, with plain threads, looking for due jobs every 100 ms.
     * Flowable's default executor lacks the desk's mends: with it, a reminder deleted by the deadline due at the same
     * instant left its complaint locked and the next timer never ran (see {@link LockReleasingJobRunnable}).
     */
    static void withDeskJobExecutor(ProcessEngineConfigurationImpl configuration, JobExecutorSizing sizing) {
        configuration.setAsyncExecutor(new ManagedAsyncJobExecutor(
                WorkflowEngine.jobExecutorConfiguration(sizing, Duration.ofMillis(100), Duration.ofMinutes(1)), sizing,
                Executors.defaultThreadFactory()));
    }
}
