package org.complaintdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.complaintdesk.it.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The compliance counts on PostgreSQL, as intake and replies change them from many transactions at once: concurrent
 * intakes of one day do not wait for each other's row locks, folding (on several desks at once) keeps every change
 * exactly once, and the complaints paused before the paused counts existed are counted by their migration.
 */
class ComplianceCountsTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Instant MORNING = Instant.parse("2025-03-03T01:00:00Z");
    private static final ComplianceSummary.Dimensions NORTH = new ComplianceSummary.Dimensions("NORTH", "agent1", "MISTAKE", "SIMPLE", "PHONE");

    private static int databases;
    private PGSimpleDataSource database;

    @BeforeEach
    void migrate() {
        String url = TestDatabase.create("compliance_counts_" + ++databases);
        migrate(url, null);
        database = new PGSimpleDataSource();
        database.setUrl(url);
        database.setUser("postgres");
        database.setPassword("postgres");
    }

    @Test
    void intakesOfOneDayInOpenTransactionsDoNotWaitForEachOther() throws SQLException {
        try (Connection first = transaction(); Connection second = transaction()) {
            summary(first).apply(MORNING, NORTH, ComplianceSummary.Change.LOGGED);
            // the first intake has not committed; the second must not queue behind it
            second.createStatement().execute("set local lock_timeout = '2s'");
            summary(second).apply(MORNING.plusSeconds(60), NORTH, ComplianceSummary.Change.LOGGED);
            summary(second).apply(MORNING.plusSeconds(60), NORTH, ComplianceSummary.Change.paused(600, true));
            summary(second).apply(MORNING.plusSeconds(60), NORTH, ComplianceSummary.Change.replied(true));
            second.commit();
            first.commit();
        }
        assertThat(counts("ALL", "ALL")).containsExactly(2, 1, 1, 0, 1, 600);
        assertThat(counts("TEAM", "NORTH")).containsExactly(2, 1, 1, 0, 1, 600);
    }

    @Test
    void complaintsPausedBeforeThePausedCountsAreCountedByTheirMigration() {
        String url = TestDatabase.create("compliance_counts_" + ++databases);
        migrate(url, "13");
        // 23:30 UTC is the next morning in Shanghai; the second complaint was never paused, the third has no deadline
        insertComplaint(url, 1, "2025-03-02T23:30:00Z", "2025-03-03T03:30:00Z", 600);
        insertComplaint(url, 2, "2025-03-02T23:40:00Z", "2025-03-03T03:40:00Z", 0);
        insertComplaint(url, 3, "2025-03-02T23:50:00Z", null, 60);
        migrate(url, null);
        database.setUrl(url);
        assertThat(counts("ALL", "ALL")).containsExactly(0, 0, 0, 0, 1, 600);
        assertThat(counts("AGENT", "agent1")).containsExactly(0, 0, 0, 0, 1, 600);
        assertThat(TestDatabase.count(url, "select count(*) from compliance_counts where summary_day = date '2025-03-03' and paused = 1"))
                .as("counted on the day in the desk's zone, once per dimension").isEqualTo(6);
    }

    private static void insertComplaint(String url, long id, String receivedAt, String replyDeadline, long pausedSeconds) {
        TestDatabase.execute(url, "insert into complaint (id, number, received_at, channel, customer_surname, contact_phone,"
                + " category, complexity, customer_account, logging_agent, status, escalation_level, version, team_code,"
                + " reply_deadline, paused_seconds) values (?, ?, cast(? as timestamptz), 'PHONE', 'Wang', '13800000000', 'MISTAKE',"
                + " 'SIMPLE', 'x', 'agent1', 'OPEN', 0, 0, 'NORTH', cast(? as timestamptz), ?)",
                id, "C-" + id, receivedAt, replyDeadline, pausedSeconds);
    }

    private static void migrate(String url, String target) {
        var flyway = Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration")
                .placeholders(Map.of("deskZone", ZONE.getId()));
        (target == null ? flyway : flyway.target(target)).load().migrate();
    }

    @Test
    void foldsOnTwoDesksAtOnceWhileIntakeGoesOnCountEachChangeOnce() throws Exception {
        int intakes = 400;
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int worker = 0; worker < 2; worker++) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < intakes / 2; i++) {
                        try (Connection intake = transaction()) {
                            summary(intake).apply(MORNING, NORTH, ComplianceSummary.Change.LOGGED);
                            summary(intake).apply(MORNING, NORTH, ComplianceSummary.Change.paused(30, true));
                            intake.commit();
                        }
                    }
                    return null;
                }));
            }
            for (int desk = 0; desk < 2; desk++) {
                work.add(threads.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        ComplianceFolding.fold(database);
                    }
                    return null;
                }));
            }
            for (Future<?> each : work) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(counts("ALL", "ALL")).as("before the last fold").containsExactly(intakes, 0, 0, 0, intakes, intakes * 30);
        ComplianceFolding.fold(database);
        assertThat(TestDatabase.count(database.getUrl(), "select count(*) from compliance_delta")).as("deltas left").isZero();
        assertThat(TestDatabase.count(database.getUrl(), "select total from compliance_summary where dimension = 'CHANNEL' and dim_value = 'PHONE'"))
                .as("folded").isEqualTo(intakes);
        assertThat(counts("ALL", "ALL")).as("after").containsExactly(intakes, 0, 0, 0, intakes, intakes * 30);
    }

    private Connection transaction() throws SQLException {
        Connection connection = database.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** The bean as the container wires it, on one transaction's connection. */
    private static ComplianceSummary summary(Connection transaction) {
        ComplianceSummary summary = new ComplianceSummary();
        summary.dataSource = (DataSource) java.lang.reflect.Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> method.getName().equals("getConnection")
                        ? notClosing(transaction) : unsupported(method.getName()));
        summary.windows = new SlaWindows() {
            @Override
            public ZoneId timeZone() {
                return ZONE;
            }
        };
        return summary;
    }

    private static Object unsupported(String method) {
        throw new UnsupportedOperationException(method);
    }

    private static Connection notClosing(Connection connection) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(connection, args));
    }

    /** total, replied, met, breached, paused, paused seconds of one dimension value, as the dashboard reads them. */
    private List<Integer> counts(String dimension, String value) {
        List<Integer> counts = new ArrayList<>();
        for (String column : List.of("total", "replied", "met", "breached", "paused", "paused_seconds")) {
            counts.add((int) TestDatabase.count(database.getUrl(), "select coalesce(sum(" + column + "), 0) from compliance_counts"
                    + " where dimension = ? and dim_value = ?", dimension, value));
        }
        return counts;
    }
}
