package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.complaintdesk.security.Actor;
import org.complaintdesk.sla.ComplianceSummary;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.sla.SlaWindows;

/**
 * What the process itself does to a complaint, from its service tasks and timers: escalate, alert, close,
 * reopen. Runs inside the engine's transaction, so a failure leaves neither the row nor the process moved.
 */
@ApplicationScoped
@Transactional
public class ComplaintEvents {

    /** Who an alert is for: the logging agent, the complaint's team leads, or the supervisors. */
    public enum Holder { AGENT, TEAM_LEAD, SUPERVISOR }

    private static final String SYSTEM = Actor.SYSTEM.username();

    @Inject
    ComplaintRepository repository;

    @Inject
    HistoryLog history;

    @Inject
    Alerts alerts;

    @Inject
    SlaWindows windows;

    @Inject
    DeskClock clock;

    @Inject
    ComplianceSummary summary;

    @Inject
    jakarta.enterprise.event.Event<ComplaintClosed> closed;

    /**
     * Hands the complaint to a team lead (level 1) or supervisor (level 2) and raises its alerts.
     * @return the deadline by which the new holder must act
     */
    public Instant escalate(Long complaintId, Holder to, String reason) {
        Complaint complaint = repository.lockForChange(load(complaintId));
        Instant now = clock.now();
        int level = to == Holder.SUPERVISOR ? 2 : 1;
        Instant deadline = switch (reason) {
            case "IMMEDIATE" -> now.plus(windows.leadContactWindow());
            case "REOPENED" -> complaint.getReplyDeadline();
            default -> now.plus(windows.escalationWindow());
        };
        complaint.escalateTo(level);
        repository.persist(new EscalationRecord(complaint.getId(), level, to.name(), to == Holder.SUPERVISOR ? null
                : complaint.getTeamCode(), reason, now, deadline));
        history.append(complaint, now, SYSTEM, "ESCALATED", "to " + to + " (level " + level + "), act by " + deadline, reason);
        if ("REPLY_OVERDUE".equals(reason)) {
            alerts.raise(Alert.toUser(complaint, Alert.Kind.REPLY_OVERDUE, complaint.getLoggingAgent(), now,
                    complaint.getNumber() + ": the reply was due " + time(complaint.getReplyDeadline()) + "; handed to your team lead"));
        }
        alerts.raise(Alert.toRole(complaint, Alert.Kind.ESCALATION, to.name(), now,
                complaint.getNumber() + " escalated (" + reason.toLowerCase().replace('_', ' ') + "): act by " + time(deadline)));
        return deadline;
    }

    public void raiseAlert(Long complaintId, Alert.Kind kind, Holder to) {
        Complaint complaint = load(complaintId);
        Instant now = clock.now();
        String message = switch (kind) {
            case REPLY_WARNING -> complaint.getNumber() + ": the clear reply is due by " + time(complaint.getReplyDeadline());
            case REMINDER -> complaint.getNumber() + " still waits for its reply (due " + time(complaint.getReplyDeadline()) + ")";
            case HARASSMENT_REPORTED -> complaint.getNumber() + ": harassing caller reported by " + complaint.getLoggingAgent();
            default -> complaint.getNumber() + ": " + kind;
        };
        alerts.raise(to == Holder.AGENT ? Alert.toUser(complaint, kind, complaint.getLoggingAgent(), now, message)
                : Alert.toRole(complaint, kind, to.name(), now, message));
    }

    public void close(Long complaintId, String how) {
        Complaint complaint = repository.lockForChange(load(complaintId));
        Instant now = clock.now();
        complaint.close(now);
        history.append(complaint, now, SYSTEM, "CLOSED", how, null);
        closed.fire(new ComplaintClosed(complaint.getId(), complaint.getNumber(), complaint.getContactPhone(),
                complaint.getCategory().hasReplyDeadline()));
    }

    /** A rating of 4: the problem was not solved; a new reply window starts now. */
    public Instant reopen(Long complaintId) {
        Complaint complaint = repository.lockForChange(load(complaintId));
        Instant now = clock.now();
        Instant deadline = windows.replyDeadline(now, complaint.getComplexity() == Complexity.COMPLEX);
        if (complaint.getSlaMet() != null) {
            summary.apply(complaint.getReceivedAt(), complaint.dimensions(), ComplianceSummary.Change.replied(complaint.getSlaMet()).negate());
        }
        complaint.clearReply();
        complaint.setReplyDeadline(deadline);
        complaint.setStatus(ComplaintStatus.REOPENED);
        repository.persist(new DeadlineRecord(complaint.getId(), deadline, complaint.getComplexity(),
                DeadlineRecord.Reason.REOPENED, now, SYSTEM));
        history.append(complaint, now, SYSTEM, "REOPENED", "rating 4: problem not solved; reply due " + deadline, null);
        return deadline;
    }

    public void ratingWaitEnded(Long complaintId) {
        Complaint complaint = load(complaintId);
        history.append(complaint, clock.now(), SYSTEM, "RATING_WAIT_ENDED", "no rating received", null);
    }

    /** When to warn about a deadline whose window starts now. */
    public Instant warningBefore(Instant deadline) {
        return windows.warningAt(clock.now(), deadline);
    }

    public Duration reminderCycle() {
        return windows.reminderCycle();
    }

    public Duration ratingWait() {
        return windows.ratingWait();
    }

    private Complaint load(Long complaintId) {
        return repository.findById(complaintId).orElseThrow(() -> new IllegalStateException("no complaint " + complaintId));
    }

    private String time(Instant instant) {
        return instant == null ? "-" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(windows.timeZone()).format(instant);
    }
}
