package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.EscalationSteps;
import org.complaintdesk.complaint.Complexity;
import org.complaintdesk.complaint.Steps;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.workflow.ComplaintProcess;
import org.complaintdesk.workflow.ProcessTasks.OpenTask;

/**
 * A team lead's (or supervisor's) handling of one escalation: record the contact with the customer, reply and
 * close, hand back with an instruction, reclassify with a reason; or the quality review after a rating of 3.
 */
@Named
@ViewScoped
public class LeadHandleBean extends ComplaintScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    EscalationSteps escalations;

    @Inject
    CurrentActor current;

    private OpenTask task;
    private String contactNote;
    private String reply;
    private Channel replyChannel = Channel.PHONE;
    private boolean customerUnderstood = true;
    private String instruction;
    private Complexity complexity;
    private String reclassifyReason;
    private String findings;

    @Override
    String formId() {
        return "handleForm";
    }

    @Override
    void loaded() {
        complexity = complaint.getComplexity();
        Optional<OpenTask> open = queries.openTasks(number).stream().filter(t -> t.key().equals(ComplaintProcess.TASK_TEAM_LEAD_HANDLE)
                || t.key().equals(ComplaintProcess.TASK_SUPERVISOR_HANDLE) || t.key().equals(ComplaintProcess.TASK_QUALITY_REVIEW)).findFirst();
        task = open.orElse(null);
    }

    public boolean isReview() {
        return task != null && task.key().equals(ComplaintProcess.TASK_QUALITY_REVIEW);
    }

    public String claim() {
        return act(() -> escalations.claim(number, current.actor()), "handle.claimed", false);
    }

    public String recordContact() {
        return act(() -> escalations.recordContact(number, new Steps.Contact(contactNote), current.actor()), "handle.contactRecorded", false);
    }

    public String replyAndClose() {
        return act(() -> escalations.decide(number, task.key(), new Steps.LeadDecision(ComplaintProcess.Decision.REPLIED, reply, replyChannel,
                customerUnderstood, null), current.actor()), "handle.replied", true);
    }

    public String handBack() {
        return act(() -> escalations.decide(number, task.key(), new Steps.LeadDecision(ComplaintProcess.Decision.HAND_BACK, null, null, null,
                instruction), current.actor()), "handle.handedBack", true);
    }

    public String reclassify() {
        return act(() -> escalations.reclassify(number, new Steps.Reclassification(complexity, reclassifyReason, complaint.getVersion()),
                current.actor()), "handle.reclassified", false);
    }

    public String review() {
        return act(() -> escalations.qualityReview(number, new Steps.QualityReview(findings), current.actor()), "handle.reviewed", true);
    }

    /** Runs one step; on success shows the complaint (done) or this page again, on refusal says why. */
    private String act(Runnable step, String doneKey, boolean done) {
        if (task == null && !"handle.reclassified".equals(doneKey)) {
            Screens.show(ComplaintException.conflict(Screens.text("handle.notOpen")), "handleForm");
            return null;
        }
        return Screens.perform("handleForm", () -> {
            step.run();
            Screens.info(doneKey);
            return (done ? "/complaint" : "/lead/handle") + "?faces-redirect=true&number=" + number;
        });
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public Complexity[] getComplexities() {
        return Complexity.values();
    }

    public OpenTask getTask() {
        return task;
    }

    public String getContactNote() {
        return contactNote;
    }

    public void setContactNote(String contactNote) {
        this.contactNote = contactNote;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public Channel getReplyChannel() {
        return replyChannel;
    }

    public void setReplyChannel(Channel replyChannel) {
        this.replyChannel = replyChannel;
    }

    public boolean isCustomerUnderstood() {
        return customerUnderstood;
    }

    public void setCustomerUnderstood(boolean customerUnderstood) {
        this.customerUnderstood = customerUnderstood;
    }

    public String getInstruction() {
        return instruction;
    }

    public void setInstruction(String instruction) {
        this.instruction = instruction;
    }

    public Complexity getComplexity() {
        return complexity;
    }

    public void setComplexity(Complexity complexity) {
        this.complexity = complexity;
    }

    public String getReclassifyReason() {
        return reclassifyReason;
    }

    public void setReclassifyReason(String reclassifyReason) {
        this.reclassifyReason = reclassifyReason;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }
}
