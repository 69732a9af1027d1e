package org.complaintdesk.workflow;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.complaintdesk.platform.Conflicts;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.job.service.impl.asyncexecutor.AcquireJobsRunnableConfiguration;
import org.flowable.job.service.impl.asyncexecutor.AcquireTimerJobsRunnable;
import org.flowable.job.service.impl.asyncexecutor.AsyncExecutor;
import org.flowable.job.service.impl.cmd.MoveTimerJobsToExecutableJobsCmd;
import org.flowable.job.service.impl.persistence.entity.TimerJobEntity;

/**
 * Flowable's timer acquisition, which takes due timers only while the job queue has room for a whole acquisition.
 * Flowable 8 takes up to the acquisition size again and again as long as timers are due, whatever the queue holds:
 * in a burst of deadlines it made thousands of timers executable at once, the queue overflowed, the rejected jobs
 * were run later in no particular order, and queued jobs outlived their lock. Left in the timer table instead, they
 * are taken in the order they fell due (the acquisition reads the due-date index) as the job threads free up.
 */
class QueueAwareTimerAcquisition extends AcquireTimerJobsRunnable {

    private static final Logger LOG = Logger.getLogger(QueueAwareTimerAcquisition.class.getName());

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

    /**
     * Makes the acquired timers executable jobs, as Flowable does without its global acquire lock (the desk does not use
     * it), but a move that lost a race is not a warning: a step or job ended a timer's complaint after the acquisition
     * read it (the new job's execution is gone: act_fk_job_execution), which Flowable logged at WARNING with its stack
     * trace. Either way the timers are handed back (Flowable's unlock), and those still there are taken at the next
     * acquisition.
     */
    @Override
    protected void executeMoveTimerJobsToExecutableJobs(List<TimerJobEntity> timerJobs) {
        beingMoved.addAndGet(timerJobs.size());
        // the engine's executor, not the field Flowable sets only once the acquisition thread runs
        CommandExecutor commands = asyncExecutor.getJobServiceConfiguration().getCommandExecutor();
        try {
            commands.execute(new MoveTimerJobsToExecutableJobsCmd(jobManager, timerJobs));
        } catch (RuntimeException notMoved) {
            if (Conflicts.isLostRace(notMoved)) {
                LOG.fine(() -> timerJobs.size() + " due timers were handed back: one of them lost a race to a step or job of its"
                        + " complaint (" + JobFailureHandler.reason(notMoved) + ")");
            } else {
                LOG.log(Level.WARNING, timerJobs.size() + " due timers could not be made jobs and were handed back: "
                        + JobFailureHandler.reason(notMoved), notMoved);
            }
            unlockTimerJobs(timerJobs);
        } finally {
            beingMoved.addAndGet(-timerJobs.size());
        }
    }
}
