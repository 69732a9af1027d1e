package org.complaintdesk.it.support;

/**
 * One desk on one PostgreSQL database shared by the integration tests of a run (booting Payara Micro
 * takes the better part of a minute); tests keep to their own complaints and users' data.
 */
public final class SharedDesk {

    /**
     * SLA windows short enough for tests to watch deadlines pass on the real timers: a simple complaint is
     * due 30 s after it is received, warned at half of that; an escalation is due 20 s after it is made.
     */
    public static final java.util.Map<String, String> SHORT_WINDOWS = java.util.Map.of(
            "DESK_SLA_SIMPLE_WINDOW", "PT30S",
            "DESK_SLA_COMPLEX_WINDOW", "PT24H",
            "DESK_SLA_WARNING_SHARE", "0.5",
            "DESK_SLA_LEAD_CONTACT_WINDOW", "PT20S",
            "DESK_SLA_ESCALATION_WINDOW", "PT20S",
            "DESK_SLA_REMINDER_CYCLE", "PT1H",
            "DESK_SLA_RATING_WAIT", "PT1H");

    private static DeskServer server;
    private static String databaseUrl;

    private SharedDesk() {
    }

    public static synchronized DeskServer server() {
        if (server == null) {
            databaseUrl = TestDatabase.create("desk_shared");
            var env = DeskServer.postgresEnvironment(databaseUrl);
            env.putAll(SHORT_WINDOWS);
            server = new DeskServer("shared", env).start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            server.awaitReady();
        }
        return server;
    }

    public static synchronized String databaseUrl() {
        server();
        return databaseUrl;
    }
}
