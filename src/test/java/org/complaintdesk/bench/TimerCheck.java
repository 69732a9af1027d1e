package org.complaintdesk.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complaintdesk.it.support.TestDatabase;

/**
 * What the timer benchmark left in the database: for each complaint of the burst (the simple ones) its reply warning
 * and overdue alert against the instants they were due (the complaint's reply deadline, and the warning share of the
 * way to it, as the desk computes them), and that the background complaints (complex, deadlines hours away) raised
 * nothing. Alerts are counted per complaint: exactly one of each kind is right.
 */
final class TimerCheck {

    /** How one kind of timer of the burst fared. */
    static final class Burst {
        final String kind;
        final List<Long> lagMillis = new ArrayList<>();
        int missing;
        int doubled;
        Instant firstDue = Instant.MAX;
        Instant lastDue = Instant.MIN;
        Instant lastRaised = Instant.MIN;

        Burst(String kind) {
            this.kind = kind;
        }

        void add(Instant due, List<Instant> raised) {
            firstDue = min(firstDue, due);
            lastDue = max(lastDue, due);
            if (raised.isEmpty()) {
                missing++;
                return;
            }
            if (raised.size() > 1) {
                doubled += raised.size() - 1;
            }
            raised.forEach(at -> lastRaised = max(lastRaised, at));
            lagMillis.add(Duration.between(due, raised.get(0)).toMillis());
        }

        /** From the last due instant to the last alert raised. */
        Duration lastAlertAfterLastDue() {
            return lastRaised.equals(Instant.MIN) ? null : Duration.between(lastDue, lastRaised);
        }

        /** Over how long the burst's instants fell due. */
        Duration dueSpan() {
            return firstDue.equals(Instant.MAX) ? Duration.ZERO : Duration.between(firstDue, lastDue);
        }

        /** Alerts raised per second, from the first due instant to the last alert. */
        double firedPerSecond() {
            return lastRaised.equals(Instant.MIN) ? 0 : lagMillis.size() / Math.max(0.001, Duration.between(firstDue, lastRaised).toMillis() / 1e3);
        }

        long percentile(double share) {
            return SoakBenchmark.percentile(lagMillis.stream().sorted().toList(), share);
        }

        long maxLag() {
            return lagMillis.stream().mapToLong(Long::longValue).max().orElse(0);
        }
    }

    final Burst warnings = new Burst("REPLY_WARNING");
    final Burst overdue = new Burst("REPLY_OVERDUE");
    int burstComplaints;
    int backgroundComplaints;
    /**
     * Alerts on the background complaints, whose deadlines lie hours away: should be none but the ASSIGNED alert that
     * tells the agent of each channel complaint at intake.
     */
    int backgroundAlerts;
    long deadLetters;
    long failingJobs;

    private final String db;
    private final double warningShare;

    TimerCheck(String db, double warningShare) {
        this.db = db;
        this.warningShare = warningShare;
    }

    TimerCheck run() throws SQLException {
        try (Connection c = TestDatabase.connect(db); Statement s = c.createStatement()) {
            Map<Long, Map<String, List<Instant>>> alerts = new HashMap<>();
            try (ResultSet r = s.executeQuery("select complaint_id, kind, raised_at from alert order by raised_at")) {
                while (r.next()) {
                    alerts.computeIfAbsent(r.getLong(1), k -> new HashMap<>())
                            .computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(r.getTimestamp(3).toInstant());
                }
            }
            try (ResultSet r = s.executeQuery("select id, complexity, received_at, reply_deadline from complaint")) {
                while (r.next()) {
                    Map<String, List<Instant>> raised = alerts.getOrDefault(r.getLong(1), Map.of());
                    if (r.getString(2).equals("COMPLEX")) {
                        backgroundComplaints++;
                        backgroundAlerts += raised.entrySet().stream().filter(kind -> !kind.getKey().equals("ASSIGNED"))
                                .mapToInt(kind -> kind.getValue().size()).sum();
                        continue;
                    }
                    burstComplaints++;
                    Instant received = r.getTimestamp(3).toInstant();
                    Instant deadline = r.getTimestamp(4).toInstant();
                    overdue.add(deadline, raised.getOrDefault("REPLY_OVERDUE", List.of()));
                    warnings.add(warningAt(received, deadline), raised.getOrDefault("REPLY_WARNING", List.of()));
                }
            }
        }
        deadLetters = TestDatabase.count(db, "select count(*) from act_ru_deadletter_job");
        failingJobs = TestDatabase.count(db, "select (select count(*) from act_ru_job where exception_msg_ is not null)"
                + " + (select count(*) from act_ru_timer_job where exception_msg_ is not null)");
        return this;
    }

    /** As {@code SlaPolicy.warningAt}: the warning share of the way from receipt to the deadline, to the millisecond. */
    private Instant warningAt(Instant received, Instant deadline) {
        return received.plusMillis(Math.round(Duration.between(received, deadline).toMillis() * warningShare));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
