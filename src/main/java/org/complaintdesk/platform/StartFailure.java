package org.complaintdesk.platform;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Whether the desk has finished starting, and the end of a start that failed. It lives down here because the
 * data source must end the start too: its first connection is made while the container deploys the persistence
 * unit, before the start-up code runs.
 */
public final class StartFailure {

    /** The exit status of a desk that could not start (a setting is wrong or the database is out of reach). */
    public static final int START_FAILED = 3;

    private static final Logger LOG = Logger.getLogger(StartFailure.class.getName());

    /** Set once the desk is ready: until then a database that cannot be reached ends the start. */
    private static volatile boolean ready;
    private static final AtomicBoolean exiting = new AtomicBoolean();

    private StartFailure() {
    }

    /** Whether the desk finished starting (a failure before that is a start failure). */
    public static boolean isReady() {
        return ready;
    }

    /** Called once the desk is up: from then on a lost database is an error to log, not the end of the start. */
    public static void markReady() {
        ready = true;
    }

    /**
     * Logs the one line, then ends the process with exit status {@value #START_FAILED}: a desk that cannot start
     * must not go on answering 404s as if it were up (a container restarts it; a newcomer sees it stop).
     * The exit runs on its own thread because shutdown waits for the deployment this thread is still in.
     */
    public static IllegalStateException end(String message, Exception cause) {
        if (!exiting.compareAndSet(false, true)) {
            return new IllegalStateException(message, cause);
        }
        LOG.log(Level.SEVERE, message);
        Thread exit = new Thread(() -> {
            Thread watchdog = new Thread(() -> {
                sleepQuietly(Duration.ofSeconds(20));
                Runtime.getRuntime().halt(START_FAILED);
            }, "desk-start-failed-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
            System.exit(START_FAILED);
        }, "desk-start-failed");
        exit.start();
        return new IllegalStateException(message, cause);
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
