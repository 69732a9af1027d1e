package org.complaintdesk.workflow;

import java.util.concurrent.ThreadFactory;
import org.flowable.common.engine.impl.async.AsyncTaskExecutorConfiguration;
import org.flowable.common.engine.impl.async.DefaultAsyncTaskExecutor;
import org.flowable.job.api.JobInfo;
import org.flowable.job.service.impl.asyncexecutor.AsyncJobExecutorConfiguration;
import org.flowable.job.service.impl.asyncexecutor.DefaultAsyncJobExecutor;

/**
 * Flowable's job executor with every thread (acquisition and execution) made by the container's
 * ManagedThreadFactory, so that CDI, JNDI and transactions work inside timers and delegates.
 * Flowable 8 creates its acquisition threads with {@code new Thread} and gives an executor without a pool the engine's
 * default one (plain threads); this class replaces exactly that, and runs each job with {@link LockReleasingJobRunnable}; its job threads and queue are sized by
 * {@link JobExecutorSizing}, and due timers are taken only while the queue has room ({@link QueueAwareTimerAcquisition}).
 */
public class ManagedAsyncJobExecutor extends DefaultAsyncJobExecutor {

    private final ThreadFactory threadFactory;
    private final JobExecutorSizing sizing;

    public ManagedAsyncJobExecutor(AsyncJobExecutorConfiguration configuration, JobExecutorSizing sizing, ThreadFactory threadFactory) {
        super(configuration);
        this.threadFactory = threadFactory;
        this.sizing = sizing;
        // set before the engine is built: given an executor without one, the engine hands it its own default pool
        // (8 plain threads, a queue of 2048), and neither these sizes nor the managed threads would apply
        setTaskExecutor(jobThreads(sizing, threadFactory));
        shutdownTaskExecutor = true;
    }

    /** A restart after a shutdown (which ends the job threads) makes them anew, not Flowable's default pool. */
    @Override
    protected void initAsyncJobExecutionThreadPool() {
        if (taskExecutor == null) {
            setTaskExecutor(jobThreads(sizing, threadFactory));
            shutdownTaskExecutor = true;
        }
    }

    private static DefaultAsyncTaskExecutor jobThreads(JobExecutorSizing sizing, ThreadFactory threadFactory) {
        AsyncTaskExecutorConfiguration pool = new AsyncTaskExecutorConfiguration();
        pool.setCorePoolSize(sizing.threads());
        pool.setMaxPoolSize(sizing.threads());
        pool.setQueueSize(sizing.queueSize());
        DefaultAsyncTaskExecutor executor = new DefaultAsyncTaskExecutor(pool);
        executor.setThreadFactory(threadFactory);
        executor.start();
        return executor;
    }

    @Override
    protected Runnable createRunnableForJob(JobInfo job) {
        return new LockReleasingJobRunnable(job, jobServiceConfiguration, jobEntityManager, asyncRunnableExecutionExceptionHandler,
                jobExecutionObservationProvider);
    }

    @Override
    protected void startJobAcquisitionThread() {
        if (configuration.isAsyncJobAcquisitionEnabled() && asyncJobAcquisitionThread == null) {
            asyncJobAcquisitionThread = threadFactory.newThread(asyncJobsDueRunnable);
        }
        super.startJobAcquisitionThread();
    }

    @Override
    protected void initializeRunnables() {
        if (configuration.isTimerRunnableNeeded() && timerJobRunnable == null) {
            timerJobRunnable = new QueueAwareTimerAcquisition(this, new AcquireTimerRunnableConfiguration(),
                    configuration.getMoveTimerExecutorPoolSize());
        }
        super.initializeRunnables();
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
