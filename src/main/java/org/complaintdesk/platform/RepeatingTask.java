package org.complaintdesk.platform;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Work done again and again, a pause after each run, one run at a time, until stopped: the desk's background checks
 * (pauses at their limit, compliance folding, the mail outbox). Each run is a task of its own: a periodic task
 * (scheduleWithFixedDelay) keeps one container invocation for all its runs, and the pool then logged "state.isBusy
 * already set to false" for its connections; a fresh task per run gets a fresh invocation.
 */
public final class RepeatingTask {

    private final ScheduledExecutorService scheduler;
    private final Duration pause;
    private final Runnable work;
    private ScheduledFuture<?> next;
    private volatile boolean stopped;

    public RepeatingTask(ScheduledExecutorService scheduler, Duration pause, Runnable work) {
        this.scheduler = scheduler;
        this.pause = pause;
        this.work = work;
    }

    /** The first run after one pause; a run that throws does not end the repetition. */
    public void start() {
        scheduleNext();
    }

    private synchronized void scheduleNext() {
        if (!stopped) {
            next = scheduler.schedule(this::runThenScheduleNext, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void runThenScheduleNext() {
        try {
            work.run();
        } finally {
            scheduleNext();
        }
    }

    /** No run starts after this; a run under way goes on unless it asks {@link #isStopped()}. */
    public synchronized void stop() {
        stopped = true;
        if (next != null) {
            next.cancel(false);
        }
    }

    public boolean isStopped() {
        return stopped;
    }
}
