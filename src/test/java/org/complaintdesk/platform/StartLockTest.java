package org.complaintdesk.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Two desks' starts on one database, on a real PostgreSQL: the second waits for the first to end its start. */
class StartLockTest {

    private static final Duration LONG_ENOUGH_TO_SEE_A_WAIT = Duration.ofMillis(700);
    private static PGSimpleDataSource database;

    @BeforeAll
    static void database() {
        database = new PGSimpleDataSource();
        database.setUrl(TestDatabase.create("start_lock"));
        database.setUser("postgres");
        database.setPassword("postgres");
    }

    @Test
    void aSecondStartWaitsUntilTheFirstEnds() throws Exception {
        StartLock first = StartLock.take(database);
        CompletableFuture<StartLock> second = CompletableFuture.supplyAsync(this::take);
        assertStillWaiting(second);
        first.close();
        second.get(30, TimeUnit.SECONDS).close();
        // and the lock is free again for a later start
        StartLock.take(database).close();
    }

    @Test
    void aDeskKilledWhileStartingLeavesTheLockBehindWithItsConnection() throws Exception {
        Connection dying = database.getConnection();
        dying.createStatement().execute("select pg_advisory_lock(" + StartLock.KEY + ")");
        int dyingSession = backendPid(dying);
        CompletableFuture<StartLock> next = CompletableFuture.supplyAsync(this::take);
        assertStillWaiting(next);
        // kill -9 of a desk: its database session ends without unlocking
        try (Connection admin = database.getConnection()) {
            admin.createStatement().execute("select pg_terminate_backend(" + dyingSession + ")");
        }
        next.get(30, TimeUnit.SECONDS).close();
    }

    private static void assertStillWaiting(CompletableFuture<StartLock> start) {
        assertThatThrownBy(() -> start.get(LONG_ENOUGH_TO_SEE_A_WAIT.toMillis(), TimeUnit.MILLISECONDS))
                .as("a start while another holds the lock").isInstanceOf(TimeoutException.class);
    }

    private static int backendPid(Connection connection) throws SQLException {
        var answer = connection.createStatement().executeQuery("select pg_backend_pid()");
        answer.next();
        return answer.getInt(1);
    }

    private StartLock take() {
        try {
            return StartLock.take(database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
