package org.complaintdesk.workflow;

import org.flowable.engine.delegate.DelegateExecution;

/**
 * What the complaint process asks of the application, called from the BPMN by expression on the
 * bean named {@value ComplaintProcess#HOOKS_BEAN}, for example
 * {@code ${complaintProcess.escalate(execution, 'TEAM_LEAD', 'REPLY_OVERDUE')}}.
 * The application's implementation writes to the complaint record; process tests use a recording one.
 */
public interface ComplaintProcessHooks {

    /** Escalation levels, as passed from the BPMN. */
    String LEVEL_TEAM_LEAD = "TEAM_LEAD";
    String LEVEL_SUPERVISOR = "SUPERVISOR";

    /** Why a complaint was escalated, as passed from the BPMN. */
    String REASON_IMMEDIATE = "IMMEDIATE";
    String REASON_REPLY_OVERDUE = "REPLY_OVERDUE";
    String REASON_LEAD_OVERDUE = "LEAD_OVERDUE";
    String REASON_REOPENED = "REOPENED";

    /** Alert kinds raised directly from the BPMN (escalate raises its own). */
    String ALERT_REPLY_WARNING = "REPLY_WARNING";
    String ALERT_REMINDER = "REMINDER";
    String ALERT_HARASSMENT_REPORTED = "HARASSMENT_REPORTED";

    /** How a complaint was closed, as passed from the BPMN. */
    String CLOSED_RESOLVED_ON_SPOT = "RESOLVED_ON_SPOT";
    String CLOSED_REPLIED = "REPLIED";
    String CLOSED_HARASSMENT = "HARASSMENT";
    String CLOSED_SUGGESTION = "SUGGESTION";

    /**
     * Hands the complaint to the next level, raises its alerts (overdue, escalation), and sets the
     * variable {@value ComplaintProcess#VAR_ESCALATION_DEADLINE} (a java.util.Date) that the
     * escalated task's deadline timer waits for.
     */
    void escalate(DelegateExecution execution, String level, String reason);

    /** Stores one alert of the given kind for the complaint's current recipient(s). */
    void raiseAlert(DelegateExecution execution, String kind);

    /** Marks the complaint closed; the process then waits for the customer's rating (except harassment and suggestions). */
    void close(DelegateExecution execution, String how);

    /**
     * Reopens a closed complaint after a rating of 4: sets new
     * {@value ComplaintProcess#VAR_REPLY_DEADLINE} and {@value ComplaintProcess#VAR_REPLY_WARNING_AT}.
     */
    void reopen(DelegateExecution execution);

    /** Records that the rating wait ended without a rating. */
    void ratingWaitEnded(DelegateExecution execution);

    /** A repeating ISO-8601 cycle for reminders, read from configuration, for example {@code R/PT30M}. */
    String reminderCycle();

    /** An ISO-8601 duration for the rating wait, read from configuration, for example {@code PT72H}. */
    String ratingWait();
}
