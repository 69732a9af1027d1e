package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.complaintdesk.sla.ReplyWindow;
import org.complaintdesk.workflow.ComplaintProcess;
import org.complaintdesk.workflow.ProcessTasks;

/**
 * The one way a complaint's reply window is set, at intake, on reclassification, on reopening and when a pause ends:
 * the deadline on the complaint, a deadline record for the audit trail and, where the process is already waiting on
 * the old window, its variables and its reply timers. The window itself comes from the complaint's SLA policy
 * version ({@link org.complaintdesk.sla.SlaPolicy#openWindow}); each step writes its own history line.
 */
@ApplicationScoped
class ReplyWindows {

    @Inject
    ComplaintRepository repository;

    @Inject
    ProcessTasks tasks;

    /** Sets the window on the complaint and records it; its process is not running yet or sets the variables itself. */
    void open(Complaint complaint, ReplyWindow window, DeadlineRecord.Reason reason, Instant now, String by) {
        complaint.openReplyWindow(window);
        recordOpened(complaint, reason, now, by);
    }

    /**
     * Records the window the complaint holds. Apart from {@link #open} only at intake, where the row must be written
     * (whole, once) before the record that refers to it.
     */
    void recordOpened(Complaint complaint, DeadlineRecord.Reason reason, Instant now, String by) {
        repository.persist(new DeadlineRecord(complaint.getId(), complaint.getReplyDeadline(), complaint.getComplexity(), reason, now, by));
    }

    /** As {@link #open}, and the complaint's running process moves to the new window. */
    void move(Complaint complaint, ReplyWindow window, DeadlineRecord.Reason reason, Instant now, String by) {
        open(complaint, window, reason, now, by);
        moveProcess(complaint, window);
    }

    /** The running process waits on the given window: its variables, and the reply's step and timers if under way. */
    void moveProcess(Complaint complaint, ReplyWindow window) {
        tasks.setVariables(complaint.getProcessInstanceId(), variables(window));
        // an agent's reply already under way keeps its timers: they move with the deadline
        tasks.moveReplyDeadline(complaint.getProcessInstanceId(), window.warningAt(), window.deadline());
    }

    /** The window as the process's variables, which its warning and overdue timers read. */
    static Map<String, Object> variables(ReplyWindow window) {
        return Map.of(ComplaintProcess.VAR_REPLY_DEADLINE, Date.from(window.deadline()),
                ComplaintProcess.VAR_REPLY_WARNING_AT, Date.from(window.warningAt()));
    }
}
