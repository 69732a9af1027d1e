package org.complaintdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.complaintdesk.it.support.TestDatabase;

/**
 * Makes a burst's deadlines fall due within its span whatever the intake's pace. While the burst is logged, the simple
 * reply window is set every {@value #EVERY_MILLIS} ms by writing the next SLA policy version as an administrator's change
 * would (a copy of the newest with the new window; the desk reads which version is newest on every intake) so that a
 * complaint logged now is due at {@code firstDue + span × share of the burst logged so far}. When the intake keeps pace
 * the window stays as it started; when it falls behind, later complaints get shorter windows. At the end a last version
 * puts the window back. The deadlines are the desk's own, computed at intake from the version it read.
 */
final class DeadlineSqueeze implements AutoCloseable {

    private static final long EVERY_MILLIS = 100;
    private static final Duration SHORTEST = Duration.ofSeconds(1);

    private final String db;
    private final String startingWindow;
    private final ScheduledExecutorService setter = Executors.newSingleThreadScheduledExecutor();

    DeadlineSqueeze(String db, Instant firstDue, Duration span, int total, IntSupplier logged) {
        this.db = db;
        this.startingWindow = TestDatabase.text(db, "select window_value from sla_policy_window where name = 'desk.sla.simple-window'"
                + " and version = (select max(version) from sla_policy)");
        setter.scheduleWithFixedDelay(() -> {
            Instant due = firstDue.plusMillis(span.toMillis() * Math.min(total, logged.getAsInt()) / Math.max(1, total));
            Duration window = Duration.between(Instant.now(), due);
            setWindow(window.compareTo(SHORTEST) < 0 ? SHORTEST : window);
        }, 0, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void setWindow(Duration window) {
        setWindow(Duration.ofMillis(window.toMillis()).toString());
    }

    /** Writes the next policy version: the newest one with another simple window. */
    private void setWindow(String window) {
        try (Connection c = TestDatabase.connect(db)) {
            c.setAutoCommit(false);
            int newest;
            try (PreparedStatement max = c.prepareStatement("select max(version) from sla_policy"); ResultSet rs = max.executeQuery()) {
                rs.next();
                newest = rs.getInt(1);
            }
            String[] copies = {
                "insert into sla_policy (version, created_at, created_by, time_zone) select ?, now(), 'timer-benchmark', time_zone"
                        + " from sla_policy where version = ?",
                "insert into sla_policy_window (version, name, window_value) select ?, name, window_value"
                        + " from sla_policy_window where version = ? and name <> 'desk.sla.simple-window'",
                "insert into sla_policy_calendar (version, team_code, calendar_code, calendar_name, time_zone, week, days)"
                        + " select ?, team_code, calendar_code, calendar_name, time_zone, week, days from sla_policy_calendar where version = ?"};
            for (String copy : copies) {
                try (PreparedStatement statement = c.prepareStatement(copy)) {
                    statement.setInt(1, newest + 1);
                    statement.setInt(2, newest);
                    statement.executeUpdate();
                }
            }
            try (PreparedStatement simple = c.prepareStatement(
                    "insert into sla_policy_window (version, name, window_value) values (?, 'desk.sla.simple-window', ?)")) {
                simple.setInt(1, newest + 1);
                simple.setString(2, window);
                simple.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            System.out.println("timers: cannot set the simple window: " + e.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        setter.shutdown();
        setter.awaitTermination(10, TimeUnit.SECONDS);
        setWindow(startingWindow);
    }
}
