package org.complaintdesk.workflow;

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
 * Flowable's run of one acquired job, with one mend: when the job was deleted after it was acquired (the lead's
 * deadline ends the lead's step and with it the reminder due at the same instant), the process instance lock this
 * run took is released. Flowable 8 returns without releasing it, so the complaint stayed locked for the whole job lock
 * time and its next timer (the supervisor's first reminder) could not run.
 */
class LockReleasingJobRunnable extends ExecuteAsyncRunnable {

    LockReleasingJobRunnable(JobInfo job, JobServiceConfiguration configuration, JobInfoEntityManager<? extends JobInfoEntity> jobEntityManager,
            AsyncRunnableExecutionExceptionHandler exceptionHandler, JobExecutionObservationProvider observations) {
        super(job, configuration, jobEntityManager, exceptionHandler, observations);
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
