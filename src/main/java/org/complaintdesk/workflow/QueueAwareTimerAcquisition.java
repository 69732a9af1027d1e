package org.complaintdesk.workflow;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.flowable.job.service.impl.asyncexecutor.AcquireJobsRunnableConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AcquireTimerJobsRunnable;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.flowable.job.service.impl.persistence.entity.TimerJobEntity;

/**
 * Flowable's timer acquisition, which takes due timers only while the job queue has room for a whole acquisition.
 * Flowable 8 takes up to the acquisition size again and again as long as timers are due, whatever the queue holds:
 * in a burst of deadlines it made thousands of timers executable at once, the queue overflowed, the rejected jobs
 * were run later in no particular order, and queued jobs outlived their lock. Left in the timer table instead, they
 * are taken in the order they fell due (the acquisition reads the due-date index) as the job threads free up.
 */
class QueueAwareTimerAcquisition extends AcquireTimerJobsRunnable {

    /** How long to wait when the queue is full: a poll of the queue in memory, no database query. */
    static final long FULL_QUEUE_PAUSE_MILLIS = 100;

    /** Timers acquired and not yet queued (their move to executable jobs runs on Flowable's move threads). */
    private final AtomicInteger beingMoved = new AtomicInteger();

    QueueAwareTimerAcquisition(AsyncExecutor executor, AcquireJobsRunnableConfiguration configuration, int moveThreads) {
        super(executor, executor.getJobServiceConfiguration().getJobManager(), null, configuration, moveThreads);
    }

    @Override
    protected long executeAcquireAndMoveCycle() {
        int free = asyncExecutor.getTaskExecutor() == null ? 0 : asyncExecutor.getTaskExecutor().getRemainingCapacity();
        if (!JobExecutorSizing.roomForAcquisition(free, beingMoved.get(), asyncExecutor.getMaxTimerJobsPerAcquisition())) {
            return FULL_QUEUE_PAUSE_MILLIS;
        }
        return super.executeAcquireAndMoveCycle();
    }

    @Override
    protected void executeMoveTimerJobsToExecutableJobs(List<TimerJobEntity> timerJobs) {
        beingMoved.addAndGet(timerJobs.size());
        try {
            super.executeMoveTimerJobsToExecutableJobs(timerJobs);
        } finally {
            beingMoved.addAndGet(-timerJobs.size());
        }
    }
}
