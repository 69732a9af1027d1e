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
 * intakes of one day do not wait for each other's row locks, and folding (on several desks at once) keeps every change
 * exactly once.
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
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration")
                .placeholders(Map.of("deskZone", ZONE.getId())).load().migrate();
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
            summary(second).apply(MORNING.plusSeconds(60), NORTH, ComplianceSummary.Change.replied(true));
            second.commit();
            first.commit();
        }
        assertThat(counts("ALL", "ALL")).containsExactly(2, 1, 1, 0);
        assertThat(counts("TEAM", "NORTH")).containsExactly(2, 1, 1, 0);
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
        assertThat(counts("ALL", "ALL")).as("before the last fold").containsExactly(intakes, 0, 0, 0);
        ComplianceFolding.fold(database);
        assertThat(TestDatabase.count(database.getUrl(), "select count(*) from compliance_delta")).as("deltas left").isZero();
        assertThat(TestDatabase.count(database.getUrl(), "select total from compliance_summary where dimension = 'CHANNEL' and dim_value = 'PHONE'"))
                .as("folded").isEqualTo(intakes);
        assertThat(counts("ALL", "ALL")).as("after").containsExactly(intakes, 0, 0, 0);
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

    /** total, replied, met, breached of one dimension value, as the dashboard reads them. */
    private List<Integer> counts(String dimension, String value) {
        List<Integer> counts = new ArrayList<>();
        for (String column : List.of("total", "replied", "met", "breached")) {
            counts.add((int) TestDatabase.count(database.getUrl(), "select coalesce(sum(" + column + "), 0) from compliance_counts"
                    + " where dimension = ? and dim_value = ?", dimension, value));
        }
        return counts;
    }
}
