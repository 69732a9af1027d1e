package org.complaintdesk.workflow;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.complaintdesk.platform.Conflicts;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.job.api.Job;
import org.flowable.job.api.JobInfo;
import org.flowable.job.service.JobServiceConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AsyncRunnableExecutionExceptionHandler;
import org.flowable.job.service.impl.asyncexecutor.ExecuteAsyncRunnable;
import org.flowable.job.service.impl.asyncexecutor.JobExecutionObservationProvider;
import org.flowable.job.service.impl.cmd.ExecuteAsyncRunnableJobCmd;
import org.flowable.job.service.impl.cmd.UnlockExclusiveJobCmd;
import org.flowable.job.service.impl.persistence.entity.JobInfoEntity;
import org.flowable.job.service.impl.persistence.entity.JobInfoEntityManager;

/**
 * Flowable's run of one acquired job, with two mends for a job whose complaint another job changes meanwhile (the
 * lead's deadline ends the lead's step and with it the reminder due at the same instant), and nothing let out of the
 * job's thread ({@link #run()}):
 * <ul>
 * <li>when the job was deleted after it was acquired, the process instance lock this run took is released. Flowable 8
 * returns without releasing it, so the complaint stayed locked for the whole job lock time and its next timer (the
 * supervisor's first reminder) could not run;</li>
 * <li>when the complaint was locked by the other job and that job's transaction removes this one while this run hands it
 * back, the run ends quietly (a line at FINE): Flowable 8 lets that optimistic locking exception out of the thread, which
 * the container logged as SEVERE with no complaint named, for a job that had simply nothing left to do.</li>
 * </ul>
 */
class LockReleasingJobRunnable extends ExecuteAsyncRunnable {

    private static final Logger LOG = Logger.getLogger(LockReleasingJobRunnable.class.getName());

    LockReleasingJobRunnable(JobInfo job, JobServiceConfiguration configuration, JobInfoEntityManager<? extends JobInfoEntity> jobEntityManager,
            AsyncRunnableExecutionExceptionHandler exceptionHandler, JobExecutionObservationProvider observations) {
        super(job, configuration, jobEntityManager, exceptionHandler, observations);
    }

    /**
     * Nothing leaves the job's thread: the container would log it as SEVERE without the complaint. What is left after
     * Flowable's own handling (a job that could neither lock its complaint nor be handed back, as when the database
     * drops the connection) stays acquired and runs again when its lock expires.
     */
    @Override
    public void run() {
        try {
            super.run();
        } catch (RuntimeException notRun) {
            if (Conflicts.isLostRace(notRun)) {
                LOG.fine(() -> JobFailureHandler.describe(jobServiceConfiguration, job) + " lost a race and was left to another"
                        + " step or job: " + JobFailureHandler.reason(notRun));
            } else {
                LOG.log(Level.SEVERE, JobFailureHandler.describe(jobServiceConfiguration, job) + " could not be run or handed back;"
                        + " it runs again when its lock expires: " + JobFailureHandler.reason(notRun), notRun);
            }
        }
    }

    @Override
    protected void handleTransactionalJob(boolean unlock) {
        jobServiceConfiguration.getCommandExecutor().execute(new ExecuteOrReleaseCmd((Job) job, jobEntityManager, jobServiceConfiguration, unlock));
    }

    private static final class ExecuteOrReleaseCmd extends ExecuteAsyncRunnableJobCmd {

        private final Job acquired;

        ExecuteOrReleaseCmd(Job acquired, JobInfoEntityManager<? extends JobInfoEntity> jobs, JobServiceConfiguration configuration, boolean unlock) {
            super(acquired.getId(), jobs, configuration, unlock);
            this.acquired = acquired;
        }

        @Override
        public Object execute(CommandContext commandContext) {
            if (unlock && jobEntityManager.findById(jobId) == null) {
                return new UnlockExclusiveJobCmd(acquired, jobServiceConfiguration).execute(commandContext);
            }
            return super.execute(commandContext);
        }
    }
}
