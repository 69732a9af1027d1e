package org.complaintdesk.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.complaintdesk.complaint.Alert;
import org.complaintdesk.complaint.Closure;
import org.complaintdesk.complaint.EscalationLevel;
import org.complaintdesk.complaint.ComplaintProcessHooks;
import org.complaintdesk.complaint.EscalationReason;
import org.flowable.common.engine.impl.runtime.ClockReader;
import org.flowable.engine.delegate.DelegateExecution;

/**
 * A {@link ComplaintProcessHooks} for process tests: records every call with the complaint number,
 * and sets the deadline variables the way the application does, relative to the engine clock.
 */
public class RecordingProcessHooks implements ComplaintProcessHooks {

    /** One call from the BPMN, for example {@code escalate(REPLY_OVERDUE)} on complaint C-1. */
    public record Call(String complaintNumber, String hook, List<String> arguments) {

        /** The call as written in assertions: {@code hook(arg1, arg2)}. */
        public String signature() {
            return hook + "(" + String.join(", ", arguments) + ")";
        }
    }

    private final ClockReader clock;
    // synchronized: concurrency tests run jobs of several complaints at once
    private final List<Call> calls = java.util.Collections.synchronizedList(new ArrayList<>());
    private EscalationReason.Windows windows = new EscalationReason.Windows(Duration.ofMinutes(30), Duration.ofHours(2));
    private Duration reopenedReplyWindow = Duration.ofHours(2);
    private Duration reopenedWarningAfter = Duration.ofMinutes(90);
    private String reminderCycle = "R/PT30M";
    private String ratingWait = "PT72H";

    public RecordingProcessHooks(ClockReader clock) {
        this.clock = clock;
    }

    /** Sets the escalation deadline by the application's own rule, {@link EscalationReason#actBy}. */
    @Override
    public void escalate(DelegateExecution execution, EscalationReason reason) {
        record(execution, "escalate", reason);
        Date replyDeadline = (Date) execution.getVariable(ComplaintProcess.VAR_REPLY_DEADLINE);
        Instant deadline = reason.actBy(clock.getCurrentTime().toInstant(), replyDeadline.toInstant(), windows);
        execution.setVariable(ComplaintProcess.VAR_ESCALATION_DEADLINE, Date.from(deadline));
    }

    @Override
    public void raiseAlert(DelegateExecution execution, Alert.Kind kind) {
        record(execution, "raiseAlert", kind);
    }

    @Override
    public void remind(DelegateExecution execution, EscalationLevel holder) {
        record(execution, "remind", holder);
    }

    @Override
    public void close(DelegateExecution execution, Closure how) {
        record(execution, "close", how);
    }

    @Override
    public void reopen(DelegateExecution execution) {
        record(execution, "reopen");
        execution.setVariable(ComplaintProcess.VAR_REPLY_DEADLINE, after(reopenedReplyWindow));
        execution.setVariable(ComplaintProcess.VAR_REPLY_WARNING_AT, after(reopenedWarningAfter));
    }

    @Override
    public void ratingWaitEnded(DelegateExecution execution) {
        record(execution, "ratingWaitEnded");
    }

    @Override
    public String reminderCycle(DelegateExecution execution) {
        return reminderCycle;
    }

    @Override
    public String reminderCycle() {
        return reminderCycle;
    }

    @Override
    public String ratingWait(DelegateExecution execution) {
        return ratingWait;
    }

    @Override
    public String ratingWait() {
        return ratingWait;
    }

    /** The signatures of the calls made for one complaint, in order. */
    public List<String> calls(String complaintNumber) {
        return calls.stream()
                .filter(call -> call.complaintNumber().equals(complaintNumber))
                .map(Call::signature)
                .toList();
    }

    public List<Call> allCalls() {
        return List.copyOf(calls);
    }

    public void clear() {
        calls.clear();
    }

    public EscalationReason.Windows windows() {
        return windows;
    }

    public void setWindows(EscalationReason.Windows windows) {
        this.windows = windows;
    }

    public void setReminderCycle(String reminderCycle) {
        this.reminderCycle = reminderCycle;
    }

    public void setRatingWait(String ratingWait) {
        this.ratingWait = ratingWait;
    }

    private void record(DelegateExecution execution, String hook, Enum<?>... arguments) {
        String number = execution.getProcessInstanceBusinessKey();
        calls.add(new Call(number, hook, Arrays.stream(arguments).map(Enum::name).toList()));
    }

    private Date after(Duration duration) {
        return Date.from(clock.getCurrentTime().toInstant().plus(duration));
    }
}
