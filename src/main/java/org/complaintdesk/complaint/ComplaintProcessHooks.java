package org.complaintdesk.complaint;

import org.complaintdesk.workflow.ComplaintProcess;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * What the complaint process asks of the application, called from the BPMN by expression on the
 * bean named {@value ComplaintProcess#HOOKS_BEAN}, for example
 * {@code ${complaintProcess.escalate(execution, 'REPLY_OVERDUE')}}. The BPMN passes enum names; the
 * expression language turns each into its enum at this interface, so a misspelt name fails the call.
 * The application's implementation writes to the complaint record; process tests use a recording one.
 * It lives with the complaint, not in workflow, because its words are the complaint's (reasons, levels, closures):
 * the engine reaches it only by the bean's name, so workflow imports nothing of the complaint.
 */
public interface ComplaintProcessHooks {

    /**
     * Hands the complaint to the level the reason calls for, raises its alerts (overdue, escalation), and sets
     * the variable {@value ComplaintProcess#VAR_ESCALATION_DEADLINE} (a java.util.Date) that the escalated
     * task's deadline timer waits for.
     */
    void escalate(DelegateExecution execution, EscalationReason reason);

    /**
     * The call of process versions deployed before the reason alone named the level, such as
     * {@code escalate(execution, 'TEAM_LEAD', 'IMMEDIATE')}: kept so that complaints running on them go on.
     */
    default void escalate(DelegateExecution execution, String level, String reason) {
        escalate(execution, EscalationReason.valueOf(reason));
    }

    /**
     * Stores one alert whose recipient follows from its kind: REPLY_WARNING, HARASSMENT_REPORTED, QUALITY_REVIEW.
     * Process versions deployed before {@link #remind} pass REMINDER here.
     */
    void raiseAlert(DelegateExecution execution, Alert.Kind kind);

    /**
     * A reminder cycle fired on the step that the given level holds: reminds its holder, unless the complaint
     * has left that holder meanwhile.
     */
    void remind(DelegateExecution execution, EscalationLevel holder);

    /** Marks the complaint closed; the process then waits for the customer's rating (except harassment and suggestions). */
    void close(DelegateExecution execution, Closure how);

    /**
     * Reopens a closed complaint after a rating of 4: sets new
     * {@value ComplaintProcess#VAR_REPLY_DEADLINE} and {@value ComplaintProcess#VAR_REPLY_WARNING_AT}.
     */
    void reopen(DelegateExecution execution);

    /** Records that the rating wait ended without a rating. */
    void ratingWaitEnded(DelegateExecution execution);

    /** A repeating ISO-8601 cycle for reminders, by the complaint's SLA policy version, for example {@code R/PT30M}. */
    String reminderCycle(DelegateExecution execution);

    /** An ISO-8601 duration for the rating wait, by the complaint's SLA policy version, for example {@code PT72H}. */
    String ratingWait(DelegateExecution execution);

    /** The call of process versions deployed before policies were pinned: the cycle of the version in force. */
    String reminderCycle();

    /** The call of process versions deployed before policies were pinned: the wait of the version in force. */
    String ratingWait();
}
