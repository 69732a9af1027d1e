package org.complaintdesk.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import org.complaintdesk.complaint.Alert;
import org.complaintdesk.complaint.ComplaintEvents;
import org.complaintdesk.complaint.ComplaintEvents.Holder;
import org.complaintdesk.platform.DeskMetrics;
import org.flowable.engine.delegate.DelegateExecution;

/** The application's side of {@link ComplaintProcessHooks}: turns the BPMN's calls into complaint events. */
@Named(ComplaintProcess.HOOKS_BEAN)
@ApplicationScoped
public class ComplaintProcessHooksBean implements ComplaintProcessHooks {

    @Inject
    ComplaintEvents events;

    @Inject
    DeskMetrics metrics;

    @Override
    public void escalate(DelegateExecution execution, String level, String reason) {
        if (REASON_REPLY_OVERDUE.equals(reason)) {
            metrics.timerFired(ComplaintProcess.TIMER_REPLY_OVERDUE, due(execution, ComplaintProcess.VAR_REPLY_DEADLINE));
        } else if (REASON_LEAD_OVERDUE.equals(reason)) {
            metrics.timerFired("timer_leadOverdue", due(execution, ComplaintProcess.VAR_ESCALATION_DEADLINE));
        }
        Holder to = LEVEL_SUPERVISOR.equals(level) ? Holder.SUPERVISOR : Holder.TEAM_LEAD;
        Instant deadline = events.escalate(complaintId(execution), to, reason);
        execution.setVariable(ComplaintProcess.VAR_ESCALATION_DEADLINE, Date.from(deadline));
    }

    @Override
    public void raiseAlert(DelegateExecution execution, String kind) {
        if (ALERT_REPLY_WARNING.equals(kind)) {
            metrics.timerFired(ComplaintProcess.TIMER_REPLY_WARNING, due(execution, ComplaintProcess.VAR_REPLY_WARNING_AT));
        }
        events.raiseAlert(complaintId(execution), Alert.Kind.valueOf(kind), holder(execution, kind));
    }

    /** Reminders go to whoever holds the complaint: the service task's id says which boundary timer fired. */
    private static Holder holder(DelegateExecution execution, String kind) {
        if (ALERT_HARASSMENT_REPORTED.equals(kind)) {
            return Holder.TEAM_LEAD;
        }
        return switch (execution.getCurrentActivityId()) {
            case "service_remindLead" -> Holder.TEAM_LEAD;
            case "service_remindSupervisor" -> Holder.SUPERVISOR;
            default -> Holder.AGENT;
        };
    }

    @Override
    public void close(DelegateExecution execution, String how) {
        events.close(complaintId(execution), how);
    }

    @Override
    public void reopen(DelegateExecution execution) {
        Instant deadline = events.reopen(complaintId(execution));
        execution.setVariable(ComplaintProcess.VAR_REPLY_DEADLINE, Date.from(deadline));
        execution.setVariable(ComplaintProcess.VAR_REPLY_WARNING_AT, Date.from(events.warningBefore(deadline)));
        // a decision from an earlier round must not steer the next one
        execution.removeVariable(ComplaintProcess.VAR_DECISION);
    }

    @Override
    public void ratingWaitEnded(DelegateExecution execution) {
        events.ratingWaitEnded(complaintId(execution));
    }

    @Override
    public String reminderCycle() {
        return "R/" + events.reminderCycle();
    }

    @Override
    public String ratingWait() {
        return events.ratingWait().toString();
    }

    /** The due time a timer waited for, from the variable its BPMN definition reads. */
    private static Instant due(DelegateExecution execution, String variable) {
        return execution.getVariable(variable) instanceof Date date ? date.toInstant() : null;
    }

    private static Long complaintId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ComplaintProcess.VAR_COMPLAINT_ID)).longValue();
    }
}
