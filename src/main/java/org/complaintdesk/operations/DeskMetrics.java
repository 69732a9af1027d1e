package org.complaintdesk.operations;

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
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.complaintdesk.attention.Attention;
import org.complaintdesk.complaint.Alert;
import org.complaintdesk.complaint.AlertRaised;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.workflow.ComplaintProcess;
import org.complaintdesk.workflow.TimerFired;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import javax.sql.DataSource;
import org.complaintdesk.sla.Overdue;

/**
 * The desk's own figures at /metrics (Prometheus format): open and overdue complaints, alerts raised by kind,
 * how late timers fire after their due time (seconds), the job executor's backlog (due and locked jobs), and what
 * needs an administrator: complaints whose record disagrees with their process or whose jobs failed, dead-letter and
 * failing jobs. Every metric carries a description (the HELP line). The counts are read at most every 10 s, whatever
 * the scrape rate.
 */
@ApplicationScoped
public class DeskMetrics {

    private static final Logger LOG = Logger.getLogger(DeskMetrics.class.getName());
    private static final Duration CACHE = Duration.ofSeconds(10);
    /** Due: timers past due not yet acquired, and executable jobs not yet locked. Locked: jobs and timers acquired. */
    private static final String JOBS = "select (select count(*) from act_ru_timer_job where duedate_ <= ? and lock_owner_ is null)"
            + " + (select count(*) from act_ru_job where lock_owner_ is null),"
            + " (select count(*) from act_ru_job where lock_owner_ is not null)"
            + " + (select count(*) from act_ru_timer_job where lock_owner_ is not null)";

    @Inject
    DataSource dataSource;

    @Inject
    MetricRegistry registry;

    @Inject
    DeskClock clock;

    @Inject
    Attention attention;

    /** A counter's name gets its "_total" in the scrape. */
    private static final Metadata ALERTS_RAISED = Metadata.builder().withName("alerts_raised")
            .withDescription("Alerts raised, by kind (reply warning, reply overdue, escalations, harassment, ...)").build();
    /** Complaints taken in through the channel API, by integration and whether the answer was a replay. */
    public static final Metadata CHANNEL_COMPLAINTS = Metadata.builder().withName("channel_complaints")
            .withDescription("Complaints taken in through the channel API, by integration and whether it was a replay").build();
    /** Satisfaction SMS replies from the gateway, by outcome. */
    public static final Metadata SMS_REPLIES = Metadata.builder().withName("sms_replies")
            .withDescription("Satisfaction SMS replies received from the gateway, by outcome").build();
    private static final Metadata FIRING_LAG = Metadata.builder().withName("timer_firing_lag").withUnit(MetricUnits.SECONDS)
            .withDescription("How long after its due time a timer's work ran, by timer").build();
    private volatile long open;
    private volatile long overdue;
    private volatile long dueJobs;
    private volatile long lockedJobs;
    private volatile Instant countedAt = Instant.EPOCH;

    /** Registers the gauges; called once at start. */
    public void register() {
        registry.gauge(described("complaints_open", "Complaints not yet closed: open, awaiting a reply, escalated or reopened"),
                this, DeskMetrics::openComplaints);
        registry.gauge(described("complaints_overdue", "Complaints not closed whose promised reply is past its deadline"
                + " (a paused complaint counts from the moment of its pause)"), this, DeskMetrics::overdueComplaints);
        registry.gauge(described("complaints_needing_attention", "Complaints whose record disagrees with their process,"
                + " or with a failing or dead-letter job (administration: complaints needing attention)"),
                attention, a -> a.counts().complaints());
        registry.gauge(described("engine_dead_letter_jobs", "Workflow engine jobs given up after their retries"
                + " (dead-letter jobs); each waits for an administrator's retry"), attention, a -> a.counts().deadLetterJobs());
        registry.gauge(described("engine_failing_jobs", "Workflow engine jobs that failed and wait for their next try"),
                attention, a -> a.counts().failingJobs());
        registry.gauge(described("engine_due_jobs", "Workflow engine jobs due now and not yet taken by a job thread:"
                + " timers past their due time and asynchronous steps waiting; a rising figure means the job executor lags"),
                this, DeskMetrics::dueJobs);
        registry.gauge(described("engine_locked_jobs", "Workflow engine jobs taken by a job thread of some desk and not yet"
                + " finished; stuck above zero for longer than the lock time means a desk died holding them"),
                this, DeskMetrics::lockedJobs);
        // at zero from the start, so that a dashboard's rate() has a series before the first alert or timer
        for (Alert.Kind kind : Alert.Kind.values()) {
            registry.counter(ALERTS_RAISED, new Tag("kind", kind.name()));
        }
        for (String timer : List.of(ComplaintProcess.TIMER_REPLY_WARNING, ComplaintProcess.TIMER_REPLY_OVERDUE,
                ComplaintProcess.TIMER_LEAD_OVERDUE)) {
            registry.timer(FIRING_LAG, new Tag("timer", timer));
        }
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

    public long dueJobs() {
        refresh();
        return dueJobs;
    }

    public long lockedJobs() {
        refresh();
        return lockedJobs;
    }

    void onAlert(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertRaised alert) {
        registry.counter(ALERTS_RAISED, new Tag("kind", alert.kind().name())).inc();
    }

    /** When a timer's work runs: how long after its due time it fired. */
    void onTimerFired(@Observes TimerFired fired) {
        if (fired.due() != null) {
            Duration lag = Duration.between(fired.due(), clock.now());
            registry.timer(FIRING_LAG, new Tag("timer", fired.timer())).update(lag.isNegative() ? Duration.ZERO : lag);
        }
    }

    private void refresh() {
        Instant now = Instant.now();
        if (Duration.between(countedAt, now).compareTo(CACHE) < 0) {
            return;
        }
        countedAt = now;
        String sql = "select count(*), sum(case when " + Overdue.SQL + " then 1 else 0 end)"
                + " from complaint where status in " + Overdue.OPEN_STATUSES_SQL;
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
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(JOBS)) {
            statement.setTimestamp(1, Timestamp.from(clock.now()));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                dueJobs = rs.getLong(1);
                lockedJobs = rs.getLong(2);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not count the workflow engine's jobs for the metrics", e);
        }
    }
}
