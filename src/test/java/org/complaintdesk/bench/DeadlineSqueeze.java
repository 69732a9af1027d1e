package org.complaintdesk.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * reply window is set every {@value #EVERY_MILLIS} ms as an administrator's change would set it (table desk_setting,
 * which the desk reads on every intake) so that a complaint logged now is due at {@code firstDue + span × share of the
 * burst logged so far}. When the intake keeps pace the window stays as it started; when it falls behind, later
 * complaints get shorter windows. The change is removed at the end. The deadlines are the desk's own, computed at
 * intake from the window it read.
 */
final class DeadlineSqueeze implements AutoCloseable {

    private static final long EVERY_MILLIS = 100;
    private static final Duration SHORTEST = Duration.ofSeconds(1);

    private final String db;
    private final ScheduledExecutorService setter = Executors.newSingleThreadScheduledExecutor();

    DeadlineSqueeze(String db, Instant firstDue, Duration span, int total, IntSupplier logged) {
        this.db = db;
        setter.scheduleWithFixedDelay(() -> {
            Instant due = firstDue.plusMillis(span.toMillis() * Math.min(total, logged.getAsInt()) / Math.max(1, total));
            Duration window = Duration.between(Instant.now(), due);
            setWindow(window.compareTo(SHORTEST) < 0 ? SHORTEST : window);
        }, 0, EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void setWindow(Duration window) {
        try (Connection c = TestDatabase.connect(db); PreparedStatement upsert = c.prepareStatement("insert into desk_setting"
                + " (name, setting_value, updated_at, updated_by) values ('desk.sla.simple-window', ?, now(), 'timer-benchmark')"
                + " on conflict (name) do update set setting_value = excluded.setting_value, updated_at = now()")) {
            upsert.setString(1, Duration.ofMillis(window.toMillis()).toString());
            upsert.executeUpdate();
        } catch (SQLException e) {
            System.out.println("timers: cannot set the simple window: " + e.getMessage());
        }
    }

    @Override
    public void close() throws InterruptedException {
        setter.shutdown();
        setter.awaitTermination(10, TimeUnit.SECONDS);
        TestDatabase.execute(db, "delete from desk_setting where name = 'desk.sla.simple-window'");
    }
}
