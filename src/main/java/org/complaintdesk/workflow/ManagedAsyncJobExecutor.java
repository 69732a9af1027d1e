package org.complaintdesk.workflow;

import java.util.concurrent.ThreadFactory;
import org.flowable.common.engine.impl.async.DefaultAsyncTaskExecutor;
import org.flowable.job.api.JobInfo;
import org.flowable.job.service.impl.asyncexecutor.AsyncJobExecutorConfiguration;
import org.flowable.job.service.impl.asyncexecutor.DefaultAsyncJobExecutor;

/**
 * Flowable's job executor with every thread (acquisition and execution) made by the container's
 * ManagedThreadFactory, so that CDI, JNDI and transactions work inside timers and delegates.
 * Flowable 8 creates its acquisition threads with {@code new Thread}; this class replaces exactly that,
 * and runs each job with {@link LockReleasingJobRunnable}.
 */
public class ManagedAsyncJobExecutor extends DefaultAsyncJobExecutor {

    private final ThreadFactory threadFactory;

    public ManagedAsyncJobExecutor(AsyncJobExecutorConfiguration configuration, ThreadFactory threadFactory) {
        super(configuration);
        this.threadFactory = threadFactory;
    }

    @Override
    protected Runnable createRunnableForJob(JobInfo job) {
        return new LockReleasingJobRunnable(job, jobServiceConfiguration, jobEntityManager, asyncRunnableExecutionExceptionHandler,
                jobExecutionObservationProvider);
    }

    @Override
    protected void initAsyncJobExecutionThreadPool() {
        if (taskExecutor == null) {
            DefaultAsyncTaskExecutor executor = new DefaultAsyncTaskExecutor();
            executor.setThreadFactory(threadFactory);
            executor.start();
            taskExecutor = executor;
            shutdownTaskExecutor = true;
        }
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (configuration.isAsyncJobAcquisitionEnabled() && asyncJobAcquisitionThread == null) {
            asyncJobAcquisitionThread = threadFactory.newThread(asyncJobsDueRunnable);
        }
        super.startJobAcquisitionThread();
    }

    @Override
    protected void startTimerAcquisitionThread() {
        if (configuration.isTimerJobAcquisitionEnabled() && timerJobAcquisitionThread == null) {
            timerJobAcquisitionThread = threadFactory.newThread(timerJobRunnable);
        }
        super.startTimerAcquisitionThread();
    }

    @Override
    protected void startResetExpiredJobsThread() {
        if (configuration.isResetExpiredJobEnabled() && resetExpiredJobThread == null) {
            resetExpiredJobThread = threadFactory.newThread(resetExpiredJobsRunnable);
        }
        super.startResetExpiredJobsThread();
    }
}
