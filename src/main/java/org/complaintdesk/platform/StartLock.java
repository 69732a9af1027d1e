package org.complaintdesk.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One desk's start at a time on a database. Desks started together on a new database (two replicas of a first
 * deployment) would otherwise each deploy the process (the second failing on the engine's unique key and never
 * becoming ready), each seed the first users and each write a first SLA policy version. Held from the schema's
 * migration to the first users: a PostgreSQL advisory lock of the session, on a connection of its own, so a desk
 * killed while starting loses its connection and with it the lock.
 */
public final class StartLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StartLock.class.getName());

    /** Any number of the desk's own choosing ("start"), the same on every desk, apart from the other advisory locks. */
    static final long KEY = 0x7374617274L;

    private final Connection connection;

    private StartLock(Connection connection) {
        this.connection = connection;
    }

    /** Waits for another desk's start on the same database, if one is under way, and then holds the lock. */
    public static StartLock take(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (!ask(connection, "select pg_try_advisory_lock(?)")) {
                LOG.info("Another desk is starting on this database: waiting for its start to end");
                try (PreparedStatement wait = connection.prepareStatement("select pg_advisory_lock(?)")) {
                    wait.setLong(1, KEY);
                    wait.execute();
                }
            }
            return new StartLock(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Ends this desk's start: the next desk waiting, if any, goes on. */
    @Override
    public void close() throws SQLException {
        try (connection) {
            ask(connection, "select pg_advisory_unlock(?)");
        }
    }

    private static boolean ask(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet answer = statement.executeQuery()) {
                answer.next();
                return answer.getBoolean(1);
            }
        }
    }
}
