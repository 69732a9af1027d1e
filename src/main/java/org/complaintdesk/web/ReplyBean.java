package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.ComplaintSteps;
import org.complaintdesk.complaint.HistoryEntry;
import org.complaintdesk.complaint.Steps;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.workflow.ComplaintProcess;

/** The agent's reply: the clear answer, how it was given and whether the customer understood (DOMAIN.md section 32). */
@Named
@ViewScoped
public class ReplyBean extends ComplaintScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintSteps steps;

    @Inject
    CurrentActor current;

    private String taskKey;
    private String instruction;
    private String reply;
    private Channel replyChannel = Channel.PHONE;
    private boolean customerUnderstood = true;

    @Override
    String formId() {
        return "replyForm";
    }

    @Override
    void loaded() {
        taskKey = queries.openTasks(number).stream().map(t -> t.key())
                .filter(k -> k.equals(ComplaintProcess.TASK_REPLY) || k.equals(ComplaintProcess.TASK_REPLY_AS_INSTRUCTED))
                .findFirst().orElse(null);
        List<HistoryEntry> handBacks = queries.history(number).stream().filter(h -> "HANDED_BACK".equals(h.getAction())).toList();
        instruction = handBacks.isEmpty() ? null : handBacks.get(handBacks.size() - 1).getReason();
    }

    public String send() {
        return Screens.perform("replyForm", () -> {
            steps.reply(number, taskKey == null ? ComplaintProcess.TASK_REPLY : taskKey,
                    new Steps.Reply(reply, replyChannel, customerUnderstood), current.actor());
            return toComplaint();
        });
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public String getTaskKey() {
        return taskKey;
    }

    public String getInstruction() {
        return instruction;
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
}
