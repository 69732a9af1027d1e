package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import org.complaintdesk.security.Actor;
import org.complaintdesk.sla.ComplianceSummary;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.sla.ReplyWindow;
import org.complaintdesk.sla.SlaPolicies;
import org.complaintdesk.sla.SlaPolicy;

/**
 * What the process itself does to a complaint, from its service tasks and timers: escalate, alert, close,
 * reopen. Runs inside the engine's transaction, so a failure leaves neither the row nor the process moved.
 */
@ApplicationScoped
@Transactional
public class ComplaintEvents {

    private static final Logger LOG = Logger.getLogger(ComplaintEvents.class.getName());

    private static final String SYSTEM = Actor.SYSTEM.username();

    @Inject
    ComplaintRepository repository;

    @Inject
    HistoryLog history;

    @Inject
    Alerts alerts;

    @Inject
    SlaPolicies policies;

    @Inject
    DeskClock clock;

    @Inject
    ComplianceSummary summary;

    @Inject
    ReplyWindows replyWindows;

    @Inject
    jakarta.enterprise.event.Event<ComplaintClosed> closed;

    /**
     * Hands the complaint to the level the reason calls for and raises its alerts.
     * @return the deadline by which the new holder must act
     */
    public Instant escalate(Long complaintId, EscalationReason reason) {
        Complaint complaint = repository.lockForChange(load(complaintId));
        Instant now = clock.now();
        EscalationLevel to = reason.level();
        SlaPolicy policy = policies.of(complaint.getPolicyVersion());
        Instant deadline = reason.actBy(now, complaint.getReplyDeadline(),
                new EscalationReason.Windows(policy.leadContactWindow(), policy.escalationWindow()));
        complaint.escalateTo(to);
        repository.persist(new EscalationRecord(complaint, reason, now, deadline));
        history.append(complaint, now, SYSTEM, "ESCALATED", "to " + to + " (level " + to.number() + "), act by " + deadline,
                reason.name());
        if (reason == EscalationReason.REPLY_OVERDUE) {
            alerts.raise(Alert.toUser(complaint, Alert.Kind.REPLY_OVERDUE, complaint.getLoggingAgent(), now,
                    AlertText.replyOverdue(complaint.getNumber(), complaint.getReplyDeadline())));
        }
        alerts.raise(Alert.toLevel(complaint, Alert.Kind.ESCALATION, to, now,
                AlertText.escalated(complaint.getNumber(), reason, deadline)));
        return deadline;
    }

    /** An alert whose recipient follows from its kind: warnings for the agent, harassment and quality reviews for the team lead. */
    public void raiseAlert(Long complaintId, Alert.Kind kind) {
        Complaint complaint = load(complaintId);
        Instant now = clock.now();
        if (kind == Alert.Kind.REPLY_WARNING && !now.isBefore(complaint.getReplyDeadline())) {
            // a desk back from an outage runs the warning and the overdue timer together: the overdue alert tells it,
            // a warning now would tell the agent there is still time
            LOG.fine(() -> complaint.getNumber() + ": no warning, the reply deadline has already passed");
            return;
        }
        switch (kind) {
            case REPLY_WARNING -> alerts.raise(Alert.toUser(complaint, kind, complaint.getLoggingAgent(), now,
                    AlertText.replyWarning(complaint.getNumber(), complaint.getReplyDeadline())));
            case HARASSMENT_REPORTED -> alerts.raise(Alert.toLevel(complaint, kind, EscalationLevel.TEAM_LEAD, now,
                    AlertText.harassment(complaint.getNumber(), complaint.getLoggingAgent())));
            case QUALITY_REVIEW -> alerts.raise(Alert.toLevel(complaint, kind, EscalationLevel.TEAM_LEAD, now,
                    AlertText.qualityReview(complaint.getNumber(), complaint.getLoggingAgent())));
            default -> throw new IllegalArgumentException(kind + " is raised by its own step, not by kind alone");
        }
    }

    /**
     * Reminds whoever holds the complaint at a level, if the record agrees that someone there still holds it.
     * Team leads and supervisors are reminded as a role (any of them may act); an agent by name.
     * @param agent who has the agent's step now (it may have moved to another agent); null for the logging agent
     * @return whether a reminder was raised
     */
    public boolean remind(Long complaintId, EscalationLevel level, String agent) {
        Complaint complaint = load(complaintId);
        if (!complaint.isHeldAt(level)) {
            return false;
        }
        Instant now = clock.now();
        AlertText message = AlertText.reminder(complaint.getNumber(), complaint.getReplyDeadline());
        alerts.raise(level == EscalationLevel.AGENT
                ? Alert.toUser(complaint, Alert.Kind.REMINDER, agent == null ? complaint.getLoggingAgent() : agent, now, message)
                : Alert.toLevel(complaint, Alert.Kind.REMINDER, level, now, message));
        return true;
    }

    public void close(Long complaintId, Closure how) {
        Complaint complaint = repository.lockForChange(load(complaintId));
        Instant now = clock.now();
        complaint.close(now);
        history.append(complaint, now, SYSTEM, "CLOSED", how.name(), null);
        closed.fire(new ComplaintClosed(complaint.getId(), complaint.getNumber(), complaint.getContactPhone(), complaint.getCustomerLanguage(),
                complaint.getCategory().hasReplyDeadline()));
    }

    /**
     * A rating of 4: the problem was not solved; a new reply window starts now, in the team's calendar, by the
     * complaint's own policy version.
     * @return the new window as process variables, for the reopening step to set on its own execution
     */
    public Map<String, Object> reopen(Long complaintId) {
        Complaint complaint = repository.lockForChange(load(complaintId));
        Instant now = clock.now();
        SlaPolicy policy = policies.of(complaint.getPolicyVersion());
        ReplyWindow window = policy.openWindow(complaint.getTeamCode(), now, complaint.getComplexity() == Complexity.COMPLEX);
        if (complaint.getSlaMet() != null) {
            summary.apply(complaint.getReceivedAt(), ComplaintCounts.dimensions(complaint), ComplianceSummary.Change.replied(complaint.getSlaMet()).negate());
        }
        complaint.reopen();
        replyWindows.open(complaint, window, DeadlineRecord.Reason.REOPENED, now, SYSTEM);
        history.append(complaint, now, SYSTEM, "REOPENED", "rating 4: problem not solved; reply due " + window.deadline()
                + " (SLA policy version " + policy.version() + ")", null);
        return ReplyWindows.variables(window);
    }

    public void ratingWaitEnded(Long complaintId) {
        Complaint complaint = load(complaintId);
        history.append(complaint, clock.now(), SYSTEM, "RATING_WAIT_ENDED", "no rating received", null);
    }

    /** The reminder cycle of the complaint's policy version; of the version in force for a complaint not named. */
    public Duration reminderCycle(Long complaintId) {
        return policy(complaintId).reminderCycle();
    }

    /** The rating wait of the complaint's policy version; of the version in force for a complaint not named. */
    public Duration ratingWait(Long complaintId) {
        return policy(complaintId).ratingWait();
    }

    private SlaPolicy policy(Long complaintId) {
        return complaintId == null ? policies.current() : policies.of(load(complaintId).getPolicyVersion());
    }

    private Complaint load(Long complaintId) {
        return repository.findById(complaintId).orElseThrow(() -> new IllegalStateException("no complaint " + complaintId));
    }
}
