package org.complaintdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.complaintdesk.attention.Attention;
import org.complaintdesk.complaint.AlertRaised;
import org.complaintdesk.sla.DeskClock;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import javax.sql.DataSource;

/**
 * The desk's own figures at /metrics (Prometheus format): open and overdue complaints, alerts raised by kind,
 * how late timers fire after their due time, and what needs an administrator: complaints whose record disagrees with
 * their process or whose jobs failed, dead-letter and failing jobs. The counts are read at most every 10 s, whatever
 * the scrape rate.
 */
@ApplicationScoped
public class DeskMetrics {

    private static final Logger LOG = Logger.getLogger(DeskMetrics.class.getName());
    private static final Duration CACHE = Duration.ofSeconds(10);

    @Inject
    DataSource dataSource;

    @Inject
    MetricRegistry registry;

    @Inject
    DeskClock clock;

    @Inject
    Attention attention;

    private volatile long open;
    private volatile long overdue;
    private volatile Instant countedAt = Instant.EPOCH;

    /** Registers the gauges; called once at start. */
    public void register() {
        registry.gauge("complaints_open", this, DeskMetrics::openComplaints);
        registry.gauge("complaints_overdue", this, DeskMetrics::overdueComplaints);
        registry.gauge(described("complaints_needing_attention", "Complaints whose record disagrees with their process,"
                + " or with a failing or dead-letter job (administration: complaints needing attention)"),
                attention, a -> a.counts().complaints());
        registry.gauge(described("engine_dead_letter_jobs", "Workflow engine jobs given up after their retries"
                + " (dead-letter jobs); each waits for an administrator's retry"), attention, a -> a.counts().deadLetterJobs());
        registry.gauge(described("engine_failing_jobs", "Workflow engine jobs that failed and wait for their next try"),
                attention, a -> a.counts().failingJobs());
    }

    private static Metadata described(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    public long openComplaints() {
        refresh();
        return open;
    }

    public long overdueComplaints() {
        refresh();
        return overdue;
    }

    void onAlert(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertRaised alert) {
        registry.counter("alerts_raised_total", new Tag("kind", alert.kind().name())).inc();
    }

    /** Called when a timer's work runs: how long after its due time it fired. */
    public void timerFired(String timer, Instant due) {
        if (due != null) {
            long lagMillis = Math.max(0, Duration.between(due, clock.now()).toMillis());
            registry.histogram("timer_firing_lag_milliseconds", new Tag("timer", timer)).update(lagMillis);
        }
    }

    private void refresh() {
        Instant now = Instant.now();
        if (Duration.between(countedAt, now).compareTo(CACHE) < 0) {
            return;
        }
        countedAt = now;
        String sql = "select count(*), sum(case when replied_at is null and reply_deadline < coalesce(paused_since, ?) then 1 else 0 end)"
                + " from complaint where status in ('OPEN', 'AWAITING_REPLY', 'ESCALATED', 'REOPENED')";
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(clock.now()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                open = rs.getLong(1);
                overdue = rs.getLong(2);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not count complaints for the metrics", e);
        }
    }
}
