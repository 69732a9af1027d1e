package org.complaintdesk.complaint;

import java.time.Duration;
import java.time.Instant;

/**
 * Why a complaint goes up the ladder, as the BPMN names it, with the level it goes to and the rule for the
 * deadline by which the new holder must act. The names are stored in {@code complaint_escalation.reason}.
 */
public enum EscalationReason {
    /** The customer does not accept the apology: the team lead contacts the customer at once (section 19). */
    IMMEDIATE(EscalationLevel.TEAM_LEAD),
    /** The agent's reply deadline passed with no reply. */
    REPLY_OVERDUE(EscalationLevel.TEAM_LEAD),
    /** The team lead's own escalation deadline passed: second level. */
    LEAD_OVERDUE(EscalationLevel.SUPERVISOR),
    /** A rating of 4: the problem was not solved, and the reply window starts again. */
    REOPENED(EscalationLevel.TEAM_LEAD);

    /** The two windows an escalation can get (desk.sla.lead-contact-window and desk.sla.escalation-window). */
    public record Windows(Duration leadContact, Duration escalation) {
    }

    private final EscalationLevel level;

    EscalationReason(EscalationLevel level) {
        this.level = level;
    }

    public EscalationLevel level() {
        return level;
    }

    /**
     * The deadline of an escalation made at {@code now}: the short lead-contact window when the customer waits
     * for a call at once, the complaint's (new) reply deadline after reopening, else the escalation window.
     */
    public Instant actBy(Instant now, Instant replyDeadline, Windows windows) {
        return switch (this) {
            case IMMEDIATE -> now.plus(windows.leadContact());
            case REOPENED -> replyDeadline;
            case REPLY_OVERDUE, LEAD_OVERDUE -> now.plus(windows.escalation());
        };
    }
}
