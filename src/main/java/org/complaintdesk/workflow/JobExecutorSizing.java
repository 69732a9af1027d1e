package org.complaintdesk.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * How large the job executor may be beside the connection pool it shares with people's requests. Each running job
 * holds one pooled connection for its transaction, and so do the executor's own threads (timer acquisition, async
 * acquisition, the reset of expired jobs) while they look: the executor is given at most half the pool, the other
 * half stays for requests. An acquisition is never larger than the queue that takes its jobs: the excess would be
 * rejected and unlocked again, a transaction spent for nothing. docs/ENGINE.md says what these sizes keep up with.
 */
record JobExecutorSizing(int threads, int queueSize, int timerJobsPerAcquisition, int asyncJobsPerAcquisition) {

    /** Connections the executor's own threads hold besides its job threads. */
    static final int EXECUTOR_OWN_CONNECTIONS = 3;

    /** Job threads per processor when none are configured. */
    static final int THREADS_PER_PROCESSOR = 2;

    /**
     * The job threads when none are configured: two per processor. On 2 cores with PostgreSQL beside the desk, 4 threads
     * escalated more complaints a second than 8 (BENCHMARKS.md, timer runs 15 and 16): each job needs the CPU, and
     * more threads than that only wait for it, holding a connection each.
     */
    static int defaultThreads(int processors) {
        return THREADS_PER_PROCESSOR * Math.max(1, processors);
    }

    /** The sizes asked for, each brought within what a pool of {@code poolSize} connections allows. */
    static JobExecutorSizing fitted(int poolSize, JobExecutorSizing asked) {
        int threads = within(asked.threads(), 1, maxThreads(poolSize));
        int queue = Math.max(1, asked.queueSize());
        return new JobExecutorSizing(threads, queue, within(asked.timerJobsPerAcquisition(), 1, queue),
                within(asked.asyncJobsPerAcquisition(), 1, queue));
    }

    /** The most job threads a pool of this size allows: half the pool, less the executor's own threads. */
    static int maxThreads(int poolSize) {
        return Math.max(1, poolSize / 2 - EXECUTOR_OWN_CONNECTIONS);
    }

    /**
     * Whether the timer acquisition may take another batch: the queue's free places, less the timers already taken and
     * not yet queued, hold a whole acquisition (see {@link QueueAwareTimerAcquisition}).
     */
    static boolean roomForAcquisition(int freeInQueue, int beingMoved, int perAcquisition) {
        return freeInQueue - beingMoved >= perAcquisition;
    }

    /** What differs from the sizes asked for, in words for the log; empty when nothing was changed. */
    List<String> changesFrom(JobExecutorSizing asked) {
        List<String> changes = new ArrayList<>();
        if (threads != asked.threads()) {
            changes.add("job threads " + asked.threads() + " -> " + threads);
        }
        if (queueSize != asked.queueSize()) {
            changes.add("queue size " + asked.queueSize() + " -> " + queueSize);
        }
        if (timerJobsPerAcquisition != asked.timerJobsPerAcquisition()) {
            changes.add("timer jobs per acquisition " + asked.timerJobsPerAcquisition() + " -> " + timerJobsPerAcquisition);
        }
        if (asyncJobsPerAcquisition != asked.asyncJobsPerAcquisition()) {
            changes.add("async jobs per acquisition " + asked.asyncJobsPerAcquisition() + " -> " + asyncJobsPerAcquisition);
        }
        return changes;
    }

    private static int within(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    @Override
    public String toString() {
        return threads + " job threads, a queue of " + queueSize + ", up to " + timerJobsPerAcquisition + " timer and "
                + asyncJobsPerAcquisition + " async jobs per acquisition";
    }
}
