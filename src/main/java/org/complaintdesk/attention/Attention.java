package org.complaintdesk.attention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.complaintdesk.admin.AdminLog;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.ComplaintRepair;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.HistoryLog;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.Role;
import org.complaintdesk.security.UserRepository;
import org.complaintdesk.sla.DeskClock;
import org.flowable.engine.ManagementService;
import org.flowable.job.api.Job;

/**
 * Complaints needing attention and their repairs, for the API, the administrators' screen, the metrics and the
 * readiness check. Each repair is one transaction that writes the administrators' history and the complaint's own.
 */
@ApplicationScoped
public class Attention {

    /** The figures of the gauges and the readiness check. */
    public record Counts(long complaints, long deadLetterJobs, long failingJobs) {
    }

    private static final Logger LOG = Logger.getLogger(Attention.class.getName());
    private static final Duration CACHE = Duration.ofSeconds(10);
    private static final int RETRIES = 3;

    @Inject
    DataSource dataSource;

    @Inject
    ManagementService managementService;

    @Inject
    ComplaintRepository complaints;

    @Inject
    HistoryLog history;

    @Inject
    AdminLog adminLog;

    @Inject
    UserRepository users;

    @Inject
    ComplaintRepair repair;

    @Inject
    DeskClock clock;

    private volatile Counts counts = new Counts(0, 0, 0);
    private volatile Instant countedAt = Instant.EPOCH;

    /** Every complaint needing attention now: disagreements first (oldest complaint first), then jobs. */
    @Transactional
    public List<NeedsAttention> list() {
        try (Connection connection = dataSource.getConnection()) {
            return AttentionQueries.all(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check complaints against their processes", e);
        }
    }

    /** The counts, read at most every 10 s whatever the scrape or probe rate; the last ones when the database fails. */
    public Counts counts() {
        Instant now = Instant.now();
        if (Duration.between(countedAt, now).compareTo(CACHE) >= 0) {
            countedAt = now;
            try (Connection connection = dataSource.getConnection()) {
                long complaintCount = AttentionQueries.all(connection).stream().map(NeedsAttention::number).distinct().count();
                counts = new Counts(complaintCount, AttentionQueries.deadLetterJobs(connection), AttentionQueries.failingJobs(connection));
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not count the complaints needing attention", e);
            }
        }
        return counts;
    }

    /** Whom a complaint may be moved to: the enabled team leads, then the enabled agents. */
    public List<DeskUser> candidates() {
        List<DeskUser> people = new java.util.ArrayList<>(users.findByRole(Role.TEAM_LEAD));
        people.addAll(users.findByRole(Role.AGENT));
        return people;
    }

    /** Moves a complaint's dead-letter job back to the executable jobs, with its retries renewed. */
    @Transactional
    public Job retry(String number, String jobId, Actor admin) {
        Complaint complaint = find(number);
        Job job = jobId == null || jobId.isBlank() ? null
                : managementService.createDeadLetterJobQuery().jobId(jobId.strip()).singleResult();
        if (job == null || job.getProcessInstanceId() == null || !job.getProcessInstanceId().equals(complaint.getProcessInstanceId())) {
            throw ComplaintException.unknown("job", "Complaint " + number + " has no dead-letter job " + jobId
                    + " (a failing job is tried again by the engine itself)");
        }
        String error = job.getExceptionMessage();
        Job moved = managementService.moveDeadLetterJobToExecutableJob(job.getId(), RETRIES);
        history.append(complaints.lockForChange(complaint), clock.now(), admin.username(), "JOB_RETRIED",
                job.getElementId() + " moved back from the dead-letter jobs", cut(error, 1000));
        adminLog.record(admin, subject(number), "JOB_RETRIED", cut("job " + job.getId() + " (" + job.getElementId() + "): " + error, 4000));
        countedAt = Instant.EPOCH;
        return moved;
    }

    /** Moves a complaint to a chosen team lead or agent (see {@link ComplaintRepair}). */
    @Transactional
    public ComplaintRepair.Placement moveTo(String number, String username, String why, Actor admin) {
        if (username == null || username.isBlank()) {
            throw ComplaintException.invalid("username", "the team lead or agent to move the complaint to").because("moveToWhom");
        }
        if (why != null && why.length() > 1000) {
            throw ComplaintException.invalid("reason", "at most 1000 characters").because("reasonTooLong", 1000);
        }
        find(number);
        DeskUser to = users.findByUsername(username.strip()).filter(DeskUser::isEnabled)
                .orElseThrow(() -> ComplaintException.invalid("username", "no enabled user is called " + username.strip())
                        .because("noEnabledUser", username.strip()));
        ComplaintRepair.Placement placement = repair.moveTo(number, to, why, admin);
        adminLog.record(admin, subject(number), "COMPLAINT_MOVED", "to " + to.getUsername() + ": " + placement.taskKey() + ", "
                + placement.status() + ", level " + placement.level() + (why == null || why.isBlank() ? "" : "; " + why.strip()));
        countedAt = Instant.EPOCH;
        return placement;
    }

    private Complaint find(String number) {
        return complaints.findByNumber(number == null ? "" : number.strip()).orElseThrow(() -> ComplaintException.notFound(number));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String subject(String number) {
        return "complaint:" + number.strip();
    }
}
