package org.complaintdesk.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.time.Duration;

/**
 * One desk on one PostgreSQL database shared by the integration tests of a run (booting Payara Micro
 * takes the better part of a minute); tests keep to their own complaints and users' data. Its alert e-mails
 * go to one in-process SMTP server (GreenMail); it looks for work in the {@link DeskRhythm} of the tests.
 */
public final class SharedDesk {

    /**
     * SLA windows short enough for tests to watch deadlines pass on the real timers: a simple complaint is
     * due 30 s after it is received, warned at half of that; an escalation is due 20 s after it is made; a paused
     * reply clock runs again after 20 s at the latest.
     */
    public static final java.util.Map<String, String> SHORT_WINDOWS = java.util.Map.of(
            "DESK_SLA_SIMPLE_WINDOW", "PT30S",
            "DESK_SLA_COMPLEX_WINDOW", "PT24H",
            "DESK_SLA_WARNING_SHARE", "0.5",
            "DESK_SLA_LEAD_CONTACT_WINDOW", "PT20S",
            "DESK_SLA_ESCALATION_WINDOW", "PT20S",
            "DESK_SLA_REMINDER_CYCLE", "PT1H",
            "DESK_SLA_RATING_WAIT", "PT1H",
            "DESK_SLA_MAX_PAUSE", "PT20S");

    /** The listener's read timeout of the shared desk (Payara's default is 30 s). */
    public static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

    private static DeskServer server;
    private static String databaseUrl;
    private static GreenMail mail;
    private static boolean mailRunning;

    private SharedDesk() {
    }

    public static synchronized DeskServer server() {
        if (server == null) {
            databaseUrl = TestDatabase.create("desk_shared");
            var env = DeskServer.postgresEnvironment(databaseUrl);
            env.putAll(SHORT_WINDOWS);
            env.putAll(DeskRhythm.environment());
            mail = new GreenMail(new ServerSetup(LocalProcesses.freePort(), "localhost", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            mailRunning = true;
            env.put("DESK_MAIL_HOST", "localhost");
            env.put("DESK_MAIL_PORT", String.valueOf(mail.getSmtp().getPort()));
            // the run's password checks are mostly the shared desk's (wrong ones, new users, each user's first call);
            // a body that stops arriving ends at the listener's read timeout (RequestBodyLimitsIT): 5 s here instead of 30
            server = new DeskServer("shared", env).optimisingCompiler()
                    .preBootCommand("set configs.config.server-config.network-config.transports"
                            + ".transport.tcp.read-timeout-millis=" + READ_TIMEOUT.toMillis()).start();
            server.awaitReady();
        }
        return server;
    }

    public static synchronized String databaseUrl() {
        server();
        return databaseUrl;
    }

    /** The SMTP server the shared desk sends to; what it received is lost when it is stopped. */
    public static synchronized GreenMail mail() {
        server();
        return mail;
    }

    /** Stops the SMTP server: the desk's mails then wait in its outbox. Start it again with {@link #startMail()}. */
    public static synchronized void stopMail() {
        mail().stop();
        mailRunning = false;
    }

    /** Starts the SMTP server again on the same port, if it is not running. */
    public static synchronized void startMail() {
        if (!mailRunning) {
            mail().start();
            mailRunning = true;
        }
    }
}
