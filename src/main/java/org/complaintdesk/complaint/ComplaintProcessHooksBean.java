package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.logging.Logger;
import org.complaintdesk.workflow.ComplaintProcess;
import org.complaintdesk.workflow.ProcessTasks;
import org.complaintdesk.workflow.TimerFired;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.engine.delegate.DelegateExecution;

/** The application's side of {@link ComplaintProcessHooks}: turns the BPMN's calls into complaint events. */
@Named(ComplaintProcess.HOOKS_BEAN)
@ApplicationScoped
public class ComplaintProcessHooksBean implements ComplaintProcessHooks {

    private static final Logger LOG = Logger.getLogger(ComplaintProcessHooksBean.class.getName());

    @Inject
    ComplaintEvents events;

    @Inject
    ProcessTasks tasks;

    /** Observed by the metrics (firing lag per timer). */
    @Inject
    Event<TimerFired> timerFired;

    @Override
    public void escalate(DelegateExecution execution, EscalationReason reason) {
        switch (reason) {
            case REPLY_OVERDUE -> timerFired.fire(new TimerFired(ComplaintProcess.TIMER_REPLY_OVERDUE, due(execution, ComplaintProcess.VAR_REPLY_DEADLINE)));
            case LEAD_OVERDUE -> timerFired.fire(new TimerFired(ComplaintProcess.TIMER_LEAD_OVERDUE, due(execution, ComplaintProcess.VAR_ESCALATION_DEADLINE)));
            default -> { }
        }
        Instant deadline = events.escalate(complaintId(execution), reason);
        execution.setVariable(ComplaintProcess.VAR_ESCALATION_DEADLINE, Date.from(deadline));
    }

    @Override
    public void raiseAlert(DelegateExecution execution, Alert.Kind kind) {
        if (kind == Alert.Kind.REMINDER) {
            remind(execution, legacyReminderHolder(execution));
            return;
        }
        if (kind == Alert.Kind.REPLY_WARNING) {
            timerFired.fire(new TimerFired(ComplaintProcess.TIMER_REPLY_WARNING, due(execution, ComplaintProcess.VAR_REPLY_WARNING_AT)));
        }
        events.raiseAlert(complaintId(execution), kind);
    }

    @Override
    public void remind(DelegateExecution execution, EscalationLevel holder) {
        Optional<ProcessTasks.OpenTask> step = remindedStep(execution)
                .flatMap(key -> tasks.find(execution.getProcessInstanceId(), key));
        boolean raised = step.isPresent() && events.remind(complaintId(execution), holder, step.get().assignee());
        if (!raised) {
            LOG.fine(() -> "no reminder for " + execution.getProcessInstanceBusinessKey()
                    + ": no longer held at " + holder);
        }
    }

    /** The step a reminder is about: the task whose boundary timer led to the service task running now. */
    private static Optional<String> remindedStep(DelegateExecution execution) {
        if (!(execution.getCurrentFlowElement() instanceof FlowNode here)) {
            return Optional.empty();
        }
        return here.getIncomingFlows().stream().map(flow -> flow.getSourceFlowElement())
                .filter(BoundaryEvent.class::isInstance).map(source -> ((BoundaryEvent) source).getAttachedToRefId()).findFirst();
    }

    /** Process versions deployed before {@link #remind} say who is reminded only by the service task's id. */
    private static EscalationLevel legacyReminderHolder(DelegateExecution execution) {
        return switch (execution.getCurrentActivityId()) {
            case "service_remindLead" -> EscalationLevel.TEAM_LEAD;
            case "service_remindSupervisor" -> EscalationLevel.SUPERVISOR;
            default -> EscalationLevel.AGENT;
        };
    }

    @Override
    public void close(DelegateExecution execution, Closure how) {
        events.close(complaintId(execution), how);
    }

    @Override
    public void reopen(DelegateExecution execution) {
        execution.setVariables(events.reopen(complaintId(execution)));
        // a decision from an earlier round must not steer the next one
        execution.removeVariable(ComplaintProcess.VAR_DECISION);
    }

    @Override
    public void ratingWaitEnded(DelegateExecution execution) {
        events.ratingWaitEnded(complaintId(execution));
    }

    @Override
    public String reminderCycle(DelegateExecution execution) {
        return "R/" + events.reminderCycle(complaintId(execution));
    }

    @Override
    public String ratingWait(DelegateExecution execution) {
        return events.ratingWait(complaintId(execution)).toString();
    }

    @Override
    public String reminderCycle() {
        return "R/" + events.reminderCycle(null);
    }

    @Override
    public String ratingWait() {
        return events.ratingWait(null).toString();
    }

    /** The due time a timer waited for, from the variable its BPMN definition reads. */
    private static Instant due(DelegateExecution execution, String variable) {
        return execution.getVariable(variable) instanceof Date date ? date.toInstant() : null;
    }

    private static Long complaintId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ComplaintProcess.VAR_COMPLAINT_ID)).longValue();
    }
}
