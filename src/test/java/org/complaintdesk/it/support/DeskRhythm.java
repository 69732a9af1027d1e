package org.complaintdesk.it.support;

import java.time.Duration;
import java.util.Map;

/**
 * How often the shared desk looks for work, and how long a test watches that nothing more happens. Its job executor
 * looks for due timers once a second, as in production and on the {@link ClusterDesks}: each look is a transaction,
 * and an idle desk spent 4 % of a core looking once a second, 5.6 % twice and 9 % five times a second (this 2-core
 * machine; the run's three desks idle for minutes), more than the tests' shorter waits gave back. Its mail sender and
 * its check for pauses at their longest look once a second too (production: every 10 and 30 s).
 */
public final class DeskRhythm {

    /**
     * The job executor looks for due timers and jobs once a second: the desk's own desk.engine.acquire-wait
     * (microprofile-config.properties), left as it is.
     */
    public static final Duration ACQUIRE_WAIT = Duration.ofSeconds(1);
    /** The mail sender looks at its outbox once a second. */
    public static final Duration MAIL_POLL = Duration.ofSeconds(1);
    /** A failed mail is tried again after a second, doubled with each failure. */
    public static final Duration MAIL_RETRY = Duration.ofSeconds(1);
    /** Pauses at their longest are looked for once a second. */
    public static final Duration PAUSE_CHECK = Duration.ofSeconds(1);

    /**
     * How long a test watches that nothing more happens (a timer fired twice, a mail sent again): three rounds of the
     * job executor and of the mail sender.
     */
    public static final Duration QUIET = ACQUIRE_WAIT.multipliedBy(3);

    private DeskRhythm() {
    }

    /** The settings that give a desk this rhythm. */
    public static Map<String, String> environment() {
        return Map.of("DESK_MAIL_POLL_INTERVAL", MAIL_POLL.toString(),
                "DESK_MAIL_RETRY_INTERVAL", MAIL_RETRY.toString(),
                "DESK_PAUSE_CHECK_INTERVAL", PAUSE_CHECK.toString());
    }
}
