package org.complaintdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.common.engine.impl.interceptor.CommandContextCloseListener;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.complaintdesk.it.support.TestDatabase;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.cmd.JobRetryCmd;
import org.flowable.engine.impl.test.JobTestHelper;
import org.flowable.job.api.Job;
import org.flowable.job.service.JobServiceConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AbstractAsyncExecutor;
import org.flowable.job.service.impl.asyncexecutor.JobExecutionObservationProvider;
import org.flowable.job.service.impl.persistence.entity.TimerJobEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A timer whose work keeps failing reaches the log once per failure, with the complaint's number: a warning while it
 * has retries left, one severe line when it becomes a dead-letter job, and nothing from the engine's own command
 * logging besides (it arrives through SLF4J's java.util.logging provider, as on the desk).
 */
class JobFailureLoggingTest {

    private static final Instant NOW = Instant.parse("2025-03-03T01:00:00Z");
    /** A timer, then a service task calling a bean: {@code %1$s} is the process key, {@code %2$s} the bean. */
    private static final String TIMER_THEN_BEAN = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="test"
                         xmlns:flowable="http://flowable.org/bpmn">
              <process id="%1$s" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="toWait" sourceRef="start" targetRef="wait"/>
                <intermediateCatchEvent id="wait">
                  <timerEventDefinition><timeDuration>PT1M</timeDuration></timerEventDefinition>
                </intermediateCatchEvent>
                <sequenceFlow id="toFail" sourceRef="wait" targetRef="fail"/>
                <serviceTask id="fail" flowable:delegateExpression="${%2$s}"/>
                <sequenceFlow id="toEnd" sourceRef="fail" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>""";

    /** A hook whose work always fails, as a bug or an unreachable mail server would make it. */
    public static class Broken implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new IllegalStateException("the alert could not be raised");
        }
    }

    /** A hook whose first attempt PostgreSQL aborted as a deadlock's victim: a lost race, not an error. */
    public static class DeadlockedOnce implements JavaDelegate {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public void execute(DelegateExecution execution) {
            if (calls.incrementAndGet() == 1) {
                throw new FlowableException("could not update act_ru_execution",
                        new PersistenceException(new SQLException("ERROR: deadlock detected", "40P01")));
            }
        }
    }

    /** A hook PostgreSQL aborts as a deadlock's victim every time: a race lost again and again. */
    public static class AlwaysDeadlocked implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new FlowableException("could not update act_ru_execution",
                    new PersistenceException(new SQLException("ERROR: deadlock detected", "40P01")));
        }
    }

    /**
     * A hook that fails while another transaction ends its complaint: it waits, mid-work, until that transaction has
     * written its deletes and holds them uncommitted, then fails.
     */
    public static class FailsWhileEnded implements JavaDelegate {
        final CountDownLatch working = new CountDownLatch(1);
        final CountDownLatch fail = new CountDownLatch(1);

        @Override
        public void execute(DelegateExecution execution) {
            working.countDown();
            waitFor(fail);
            throw new IllegalStateException("the alert could not be raised");
        }
    }

    /** Runs what a test sets before the engine records a failed job (its retry command): a wait, or a failure. */
    private static final class BeforeRetry extends AbstractCommandInterceptor {
        volatile Runnable action;

        @Override
        public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
            Runnable current = action;
            if (current != null && command instanceof JobRetryCmd) {
                current.run();
            }
            return next.execute(config, command, commandExecutor);
        }
    }

    private final FailsWhileEnded failsWhileEnded = new FailsWhileEnded();
    private final BeforeRetry beforeRetry = new BeforeRetry();
    private final DeadlockedOnce deadlockedOnce = new DeadlockedOnce();
    private final DefaultClockImpl clock = new DefaultClockImpl();
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public synchronized void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue() && record.getLoggerName() != null
                    && (record.getLoggerName().startsWith("org.flowable") || record.getLoggerName().startsWith("org.complaintdesk"))) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private ProcessEngine engine;
    private JobServiceConfiguration jobs;
    private String url;

    @BeforeEach
    void startEngine() {
        ProcessEngineConfigurationImpl configuration = ProcessTestEngine.onPostgres("process_failing_job", clock, Map.of("broken", new Broken(), "deadlockedOnce", deadlockedOnce,
                "alwaysDeadlocked", new AlwaysDeadlocked(), "failsWhileEnded", failsWhileEnded));
        configuration.setAsyncFailedJobWaitTime(0);
        configuration.setDefaultFailedJobWaitTime(0);
        JobFailureHandler.install(configuration);
        configuration.setCustomPreCommandInterceptors(List.of(beforeRetry));
        engine = configuration.buildProcessEngine();
        jobs = configuration.getJobServiceConfiguration();
        url = configuration.getJdbcUrl();
        engine.getRepositoryService().createDeployment()
                .addString("failing-timer.bpmn20.xml", TIMER_THEN_BEAN.formatted("failingTimer", "broken"))
                .addString("deadlocked-timer.bpmn20.xml", TIMER_THEN_BEAN.formatted("deadlockedTimer", "deadlockedOnce"))
                .addString("always-deadlocked-timer.bpmn20.xml", TIMER_THEN_BEAN.formatted("alwaysDeadlockedTimer", "alwaysDeadlocked"))
                .addString("ended-timer.bpmn20.xml", TIMER_THEN_BEAN.formatted("endedTimer", "failsWhileEnded"))
                .deploy();
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopEngine() {
        Logger.getLogger("").removeHandler(capture);
        engine.close();
    }

    @Test
    void eachFailureIsOneLineWithTheComplaintNumberAndTheLastOneIsSevere() {
        clock.setCurrentTime(Date.from(NOW));
        engine.getRuntimeService().startProcessInstanceByKey("failingTimer", "C-20250303-0042");
        clock.setCurrentTime(Date.from(NOW.plusSeconds(61)));

        JobTestHelper.waitForJobExecutorOnCondition(engine.getProcessEngineConfiguration(), 30_000, 100,
                () -> engine.getManagementService().createDeadLetterJobQuery().count() == 1);

        List<LogRecord> logged;
        synchronized (capture) {
            logged = List.copyOf(records);
        }
        assertThat(logged).as("every warning the engine and the desk logged").allSatisfy(record ->
                assertThat(record.getLoggerName()).isEqualTo(JobFailureHandler.class.getName()));
        assertThat(logged).extracting(LogRecord::getLevel).containsExactly(Level.WARNING, Level.WARNING, Level.SEVERE);
        assertThat(logged).allSatisfy(record -> assertThat(record.getMessage())
                .contains("complaint C-20250303-0042").contains("the alert could not be raised"));
    }

    @Test
    void aJobAbortedAsADeadlockVictimIsRetriedWithoutAWarning() {
        clock.setCurrentTime(Date.from(NOW));
        String process = engine.getRuntimeService().startProcessInstanceByKey("deadlockedTimer", "C-20250303-0043").getId();
        clock.setCurrentTime(Date.from(NOW.plusSeconds(61)));

        JobTestHelper.waitForJobExecutorOnCondition(engine.getProcessEngineConfiguration(), 30_000, 100,
                () -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process).count() == 0);

        assertThat(deadlockedOnce.calls).as("attempts").hasValue(2);
        synchronized (capture) {
            assertThat(records).as("warnings and errors logged").isEmpty();
        }
    }

    @Test
    void aJobThatLosesEveryRaceIsSevereWhenItBecomesADeadLetter() {
        clock.setCurrentTime(Date.from(NOW));
        engine.getRuntimeService().startProcessInstanceByKey("alwaysDeadlockedTimer", "C-20250303-0044");
        clock.setCurrentTime(Date.from(NOW.plusSeconds(61)));

        JobTestHelper.waitForJobExecutorOnCondition(engine.getProcessEngineConfiguration(), 30_000, 100,
                () -> engine.getManagementService().createDeadLetterJobQuery().count() == 1);

        synchronized (capture) {
            assertThat(records).extracting(LogRecord::getLevel).as("the lost races quiet, the dead letter not")
                    .containsExactly(Level.SEVERE);
            assertThat(records.get(0).getMessage()).contains("complaint C-20250303-0044", "dead-letter");
        }
    }

    /**
     * The race behind a SEVERE line with no complaint named (EscalationLadderIT in CI): a reminder's work fails while a
     * supervisor's reply ends the complaint. Recording the failure reads the job (the ending is not committed yet), then
     * its write waits on the ending's row locks and, once the ending commits, points at an execution that is gone: a
     * foreign key violation. Flowable's handler let that out of the job thread, which the container logged as SEVERE
     * without the complaint. The job has nothing left to do: its complaint ended with it.
     */
    @Test
    void aJobWhoseComplaintEndsWhileItsFailureIsRecordedEndsQuietly() throws Exception {
        Job job = dueJob("endedTimer", "C-20250303-0045");
        String process = job.getProcessInstanceId();

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch endingWritten = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            beforeRetry.action = () -> waitFor(endingWritten);
            Future<?> jobThread = threads.submit(() ->
                    new LockReleasingJobRunnable(job, jobs, jobs.getJobEntityManager(), null, JobExecutionObservationProvider.NOOP).run());
            waitFor(failsWhileEnded.working);
            // the supervisor's reply ends the complaint: it waits for the job's transaction, then writes and holds
            Future<?> ending = threads.submit(() -> endHeldBeforeCommit(process, endingWritten, commit));
            awaitALockWait();
            failsWhileEnded.fail.countDown();
            // the job's failure is recorded once the ending has written; its write waits on the ending's locks
            waitFor(endingWritten);
            awaitALockWait();
            commit.countDown();
            ending.get(30, TimeUnit.SECONDS);
            jobThread.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(TestDatabase.count(url, "select (select count(*) from act_ru_job) + (select count(*) from act_ru_timer_job)"
                + " + (select count(*) from act_ru_deadletter_job) + (select count(*) from act_ru_execution)")).as("jobs and executions left").isZero();
        synchronized (capture) {
            assertThat(records).as("warnings and errors logged").isEmpty();
        }
    }

    /** A job whose failure cannot be recorded at all: one severe line naming the complaint, and the job is kept. */
    @Test
    void aFailureThatCannotBeRecordedIsOneSevereLineAndTheJobIsKept() {
        Job job = dueJob("failingTimer", "C-20250303-0046");
        String process = job.getProcessInstanceId();
        beforeRetry.action = () -> {
            throw new IllegalStateException("the database refused the write");
        };

        new LockReleasingJobRunnable(job, jobs, jobs.getJobEntityManager(), null, JobExecutionObservationProvider.NOOP).run();

        assertThat(TestDatabase.count(url, "select count(*) from act_ru_job where id_ = ?", job.getId())).as("the job, kept").isEqualTo(1);
        assertThat(TestDatabase.count(url, "select count(*) from act_ru_execution where id_ = ? and lock_time_ is not null", process))
                .as("the complaint's lock, released").isZero();
        synchronized (capture) {
            assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.SEVERE);
            assertThat(records.get(0).getMessage()).contains("complaint C-20250303-0046", "the alert could not be raised",
                    "the database refused the write");
        }
    }

    /**
     * A job that can neither lock its complaint nor be handed back (the database dropped the connection): one severe
     * line naming the complaint, nothing out of the job's thread, and the job kept for its lock's expiry.
     */
    @Test
    void aJobThatCannotBeHandedBackIsOneSevereLineAndKept() {
        Job job = dueJob("failingTimer", "C-20250303-0047");
        String process = job.getProcessInstanceId();
        // another job's thread holds the complaint
        TestDatabase.execute(url, "update act_ru_execution set lock_owner_ = 'other-thread', lock_time_ = ? where id_ = ?",
                Timestamp.from(NOW.plusSeconds(600)), process);

        new LockReleasingJobRunnable(job, jobs, jobs.getJobEntityManager(), null, JobExecutionObservationProvider.NOOP) {
            @Override
            protected void unacquireJob() {
                throw new IllegalStateException("An I/O error occurred while sending to the backend");
            }
        }.run();

        assertThat(TestDatabase.count(url, "select count(*) from act_ru_job where id_ = ?", job.getId())).as("the job, kept").isEqualTo(1);
        synchronized (capture) {
            assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.SEVERE);
            assertThat(records.get(0).getMessage()).contains("complaint C-20250303-0047", "An I/O error occurred");
        }
    }

    /**
     * The timer acquisition makes a due timer a job as a supervisor's reply ends its complaint (EscalationLadderIT's log):
     * the move read the timer before the reply committed, and the new job points at an execution that is gone. The
     * timer went with its complaint: nothing at WARNING (Flowable logged a warning with its stack trace).
     */
    @Test
    void aTimerWhoseComplaintEndsAsItIsMadeAJobIsLeftQuietly() throws Exception {
        Job dueTimer = dueTimer("failingTimer", "C-20250303-0048");
        String process = dueTimer.getProcessInstanceId();
        String timerId = dueTimer.getId();
        TimerJobEntity timer = engine.getManagementService().executeCommand(context -> jobs.getTimerJobEntityManager().findById(timerId));
        AbstractAsyncExecutor executor = (AbstractAsyncExecutor) jobs.getAsyncExecutor();
        QueueAwareTimerAcquisition acquisition = new QueueAwareTimerAcquisition(executor, executor.new AcquireTimerRunnableConfiguration(), 1);

        // the race is logged at FINE: recorded here, to show it took place
        Logger moves = Logger.getLogger(QueueAwareTimerAcquisition.class.getName());
        List<LogRecord> fine = new CopyOnWriteArrayList<>();
        Handler fineCapture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                fine.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Level level = moves.getLevel();
        moves.setLevel(Level.FINE);
        moves.addHandler(fineCapture);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch endingWritten = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            Future<?> ending = threads.submit(() -> endHeldBeforeCommit(process, endingWritten, commit));
            waitFor(endingWritten);
            // the move reads the timer (the ending is not committed), then its new job waits on the ending's locks
            Future<?> move = threads.submit(() -> acquisition.executeMoveTimerJobsToExecutableJobs(List.of(timer)));
            awaitALockWait();
            commit.countDown();
            ending.get(30, TimeUnit.SECONDS);
            move.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
            moves.removeHandler(fineCapture);
            moves.setLevel(level);
        }

        assertThat(fine).extracting(LogRecord::getMessage).singleElement().asString().contains("lost a race", "act_fk_job_execution");

        assertThat(TestDatabase.count(url, "select (select count(*) from act_ru_job) + (select count(*) from act_ru_timer_job)"
                + " + (select count(*) from act_ru_execution)")).as("jobs, timers and executions left").isZero();
        synchronized (capture) {
            assertThat(records).as("warnings and errors logged").isEmpty();
        }
    }

    /** Starts a process at its timer, lets the clock pass it, and makes the timer a job, as the acquisition does. */
    private Job dueJob(String processKey, String number) {
        return engine.getManagementService().moveTimerToExecutableJob(dueTimer(processKey, number).getId());
    }

    /** Starts a process at its timer and lets the clock pass it. */
    private Job dueTimer(String processKey, String number) {
        clock.setCurrentTime(Date.from(NOW));
        String process = engine.getRuntimeService().startProcessInstanceByKey(processKey, number).getId();
        clock.setCurrentTime(Date.from(NOW.plusSeconds(61)));
        return engine.getManagementService().createTimerJobQuery().processInstanceId(process).singleResult();
    }

    /** Ends the process as a supervisor's reply ends its complaint, holding the transaction open after its writes. */
    private void endHeldBeforeCommit(String process, CountDownLatch written, CountDownLatch commit) {
        engine.getManagementService().executeCommand(context -> {
            context.addCloseListener(new HoldBeforeCommit(written, commit));
            engine.getRuntimeService().deleteProcessInstance(process, "the supervisor replied");
            return null;
        });
    }

    private void awaitALockWait() {
        await().atMost(Duration.ofSeconds(30)).until(() -> TestDatabase.count(url,
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'") > 0);
    }

    /** Holds a command's transaction open after its writes, until released: another transaction's view of the race. */
    private record HoldBeforeCommit(CountDownLatch written, CountDownLatch commit) implements CommandContextCloseListener {
        @Override
        public void afterSessionsFlush(CommandContext commandContext) {
            written.countDown();
            waitFor(commit);
        }

        @Override
        public void closing(CommandContext commandContext) {
        }

        @Override
        public void closed(CommandContext commandContext) {
        }

        @Override
        public void closeFailure(CommandContext commandContext) {
        }

        @Override
        public Integer order() {
            return 0;
        }

        @Override
        public boolean multipleAllowed() {
            return true;
        }
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("waited 30 s for the other thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
