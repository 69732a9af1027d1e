package org.complaintdesk.it.support;

/**
 * One desk on one PostgreSQL database shared by the integration tests of a run (booting Payara Micro
 * takes the better part of a minute); tests keep to their own complaints and users' data.
 */
public final class SharedDesk {

    private static DeskServer server;
    private static String databaseUrl;

    private SharedDesk() {
    }

    public static synchronized DeskServer server() {
        if (server == null) {
            databaseUrl = TestDatabase.create("desk_shared");
            server = new DeskServer("shared", DeskServer.postgresEnvironment(databaseUrl)).start();
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
