package org.complaintdesk.it.support;

import java.time.Duration;
import java.util.Map;

/**
 * How often the run's test desks look for work, and how long a test watches that nothing more happens. The desks
 * look more often than production does (its job executor looks once a second, its mail sender every 10 s), so a
 * test waits less for what it made due; the benchmarks keep the production rhythm, since they measure it.
 */
public final class DeskRhythm {

    /** The job executor looks for due timers and jobs five times a second. */
    public static final Duration ACQUIRE_WAIT = Duration.ofMillis(200);
    /** The mail sender looks at its outbox four times a second. */
    public static final Duration MAIL_POLL = Duration.ofMillis(250);
    /** A failed mail is tried again after half a second, doubled with each failure. */
    public static final Duration MAIL_RETRY = Duration.ofMillis(500);
    /** Pauses at their longest are looked for four times a second. */
    public static final Duration PAUSE_CHECK = Duration.ofMillis(250);

    /**
     * How long a test watches that nothing more happens (a timer fired twice, a mail sent again): ten rounds of the
     * job executor, eight of the mail sender.
     */
    public static final Duration QUIET = ACQUIRE_WAIT.multipliedBy(10);

    private DeskRhythm() {
    }

    /** The settings that give a desk this rhythm. */
    public static Map<String, String> environment() {
        return Map.of("DESK_ENGINE_ACQUIRE_WAIT", ACQUIRE_WAIT.toString(),
                "DESK_MAIL_POLL_INTERVAL", MAIL_POLL.toString(),
                "DESK_MAIL_RETRY_INTERVAL", MAIL_RETRY.toString(),
                "DESK_PAUSE_CHECK_INTERVAL", PAUSE_CHECK.toString());
    }
}
