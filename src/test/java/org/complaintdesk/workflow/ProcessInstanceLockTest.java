package org.complaintdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.workflow.ComplaintProcess.*;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.complaintdesk.complaint.EscalationReason;
import org.complaintdesk.it.support.TestDatabase;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.job.api.Job;
import org.flowable.job.api.JobInfo;
import org.flowable.job.service.impl.asyncexecutor.JobManager;
import org.flowable.job.service.impl.asyncexecutor.DefaultJobManager;
import org.flowable.job.service.JobServiceConfiguration;
import org.flowable.job.service.impl.asyncexecutor.JobExecutionObservation;
import org.flowable.job.service.impl.asyncexecutor.JobExecutionObservationProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The race behind missing supervisor reminders: the lead's reminder and deadline are due together and both are handed
 * to executor threads. The deadline runs first: it ends the lead's step, deleting the reminder's job, and releases the
 * complaint's process instance lock in the same transaction. The reminder's thread read its execution before that
 * commit and its lock update waited on the row; PostgreSQL re-checks the row after the commit, finds it unlocked, and
 * the reminder's thread holds the lock of a complaint whose job is gone. It must release it again: Flowable 8 does not
 * (ExecuteAsyncRunnableJobCmd returns early), so the complaint stayed locked for the whole job lock time and the
 * supervisor's first reminder could not run. The two threads are replayed here in that order.
 */
class ProcessInstanceLockTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2025-03-03T01:00:00Z");
    // the soak's short windows: the supervisor's first reminder falls due well within the job lock time
    private static final Duration WINDOW = Duration.ofSeconds(30);

    private static final DefaultClockImpl clock = new DefaultClockImpl();
    private static final RecordingProcessHooks hooks = new RecordingProcessHooks(clock);
    private static ProcessEngine engine;
    private static JobServiceConfiguration jobs;
    private static String url;

    @BeforeAll
    static void startEngine() {
        url = TestDatabase.create("process_instance_lock");
        ProcessEngineConfigurationImpl configuration = ProcessTestEngine.onPostgresAt(url, clock, Map.of(HOOKS_BEAN, hooks));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource(RESOURCE).deploy();
        jobs = configuration.getJobServiceConfiguration();
        hooks.setWindows(new EscalationReason.Windows(WINDOW, Duration.ofHours(2)));
        hooks.setReminderCycle("R/" + WINDOW);
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void aReminderDeletedByTheLeadDeadlineLeavesTheComplaintUnlockedForTheSupervisorsReminder() {
        clock.setCurrentTime(Date.from(MONDAY_MORNING));
        String processInstance = ProcessTestEngine.startEscalatedToLead(engine, "C-1", MONDAY_MORNING);

        clock.setCurrentTime(Date.from(MONDAY_MORNING.plus(WINDOW).plusSeconds(1)));
        // the timer acquisition hands both due timers to the executor
        Job reminder = engine.getManagementService().moveTimerToExecutableJob(timer(processInstance, "timer_leadReminder").getId());
        Job deadline = engine.getManagementService().moveTimerToExecutableJob(timer(processInstance, TIMER_LEAD_OVERDUE).getId());

        runAsTheExecutorDoes(deadline);
        runWithItsLockLandingAfter(reminder);

        assertThat(isLocked(processInstance)).as("process instance locked after both jobs ran").isFalse();
        assertThat(hooks.calls("C-1")).containsOnlyOnce("escalate(LEAD_OVERDUE)").doesNotContain("remind(TEAM_LEAD)");

        clock.setCurrentTime(Date.from(MONDAY_MORNING.plus(WINDOW.multipliedBy(2)).plusSeconds(2)));
        runAsTheExecutorDoes(engine.getManagementService().moveTimerToExecutableJob(timer(processInstance, "timer_supervisorReminder").getId()));

        assertThat(hooks.calls("C-1")).as("the supervisor's first reminder, on time").containsOnlyOnce("remind(SUPERVISOR)");
    }

    /**
     * The other order: the deadline's thread holds the complaint's lock, so the reminder's thread cannot lock it and hands
     * its job back; the deadline's transaction deletes the reminder's job after the hand-back read it and before it was
     * written. The reminder's thread must end quietly (Flowable 8 let the optimistic locking exception out of the
     * thread, logged as SEVERE by the container) and leave the deadline's work alone.
     */
    @Test
    void aReminderThatCannotLockAndIsDeletedWhileHandedBackEndsQuietly() {
        clock.setCurrentTime(Date.from(MONDAY_MORNING));
        String processInstance = ProcessTestEngine.startEscalatedToLead(engine, "C-2", MONDAY_MORNING);
        clock.setCurrentTime(Date.from(MONDAY_MORNING.plus(WINDOW).plusSeconds(1)));
        Job reminder = engine.getManagementService().moveTimerToExecutableJob(timer(processInstance, "timer_leadReminder").getId());
        // acquired by the reminder's thread, while the deadline's thread holds the complaint
        TestDatabase.execute(url, "update act_ru_job set lock_owner_ = 'reminder-thread', lock_exp_time_ = ? where id_ = ?",
                Timestamp.from(MONDAY_MORNING.plus(WINDOW).plusSeconds(300)), reminder.getId());
        lockAs(processInstance, "deadline-thread");

        JobManager engineJobManager = jobs.getJobManager();
        jobs.setJobManager(new DefaultJobManager(jobs) {
            @Override
            public void unacquire(JobInfo job) {
                super.unacquire(job);
                TestDatabase.execute(url, "delete from act_ru_job where id_ = ?", job.getId());
            }
        });
        try {
            runAsTheExecutorDoes(reminder);
        } finally {
            jobs.setJobManager(engineJobManager);
        }

        assertThat(engine.getManagementService().createJobQuery().jobId(reminder.getId()).singleResult()).as("the reminder's job").isNull();
        assertThat(hooks.calls("C-2")).doesNotContain("remind(TEAM_LEAD)");
        assertThat(TestDatabase.count(url, "select count(*) from act_ru_execution where id_ = ? and lock_owner_ = 'deadline-thread'",
                processInstance)).as("the deadline's lock, untouched").isEqualTo(1);
    }

    private static void lockAs(String processInstance, String owner) {
        Date expiry = Date.from(clock.getCurrentTime().toInstant().plusMillis(jobs.getAsyncExecutor().getAsyncJobLockTimeInMillis()));
        engine.getManagementService().executeCommand(context -> {
            CommandContextUtil.getExecutionEntityManager(context).updateProcessInstanceLockTime(processInstance, owner, expiry);
            return null;
        });
    }

    /** One executor thread's run of an acquired job: lock the process instance, execute, unlock. */
    private static void runAsTheExecutorDoes(Job job) {
        new LockReleasingJobRunnable(job, jobs, jobs.getJobEntityManager(), null, JobExecutionObservationProvider.NOOP).run();
    }

    /** The reminder's thread: its lock update, held back by the deadline's transaction, lands after that commit. */
    private static void runWithItsLockLandingAfter(Job reminder) {
        String processInstance = reminder.getProcessInstanceId();
        new LockReleasingJobRunnable(reminder, jobs, jobs.getJobEntityManager(), null, JobExecutionObservationProvider.NOOP) {
            @Override
            protected boolean lockJob(JobExecutionObservation observation) {
                lockAs(processInstance, "reminder-thread");
                return true;
            }
        }.run();
    }

    private static Job timer(String processInstance, String elementId) {
        return engine.getManagementService().createTimerJobQuery().processInstanceId(processInstance).elementId(elementId).singleResult();
    }

    private static boolean isLocked(String processInstance) {
        return TestDatabase.count(url, "select count(*) from act_ru_execution where id_ = ? and lock_time_ is not null", processInstance) > 0;
    }
}
