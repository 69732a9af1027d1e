package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.complaintdesk.complaint.Alert;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.ComplaintSteps;
import org.complaintdesk.complaint.HistoryEntry;
import org.complaintdesk.complaint.Pause;
import org.complaintdesk.complaint.PauseLedger;
import org.complaintdesk.complaint.PauseReason;
import org.complaintdesk.complaint.Resumption;
import org.complaintdesk.complaint.Steps;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.security.Role;
import org.complaintdesk.workflow.ProcessTasks.OpenTask;

/** One complaint: its data, SLA state, open steps, the timeline of its history, and the pause of its reply clock. */
@Named
@ViewScoped
public class ComplaintPageBean extends ComplaintScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    PauseLedger pauses;

    @Inject
    ComplaintSteps steps;

    @Inject
    CurrentActor current;

    @Inject
    DeskFormat format;

    private List<HistoryEntry> history = List.of();
    private List<OpenTask> tasks = List.of();
    private Instant now;
    private Pause openPause;
    private Instant leadToldAt;
    private boolean ratable;
    private Integer rating;
    private PauseReason reason;
    private String note;

    @Override
    String formId() {
        return "complaintPage";
    }

    @Override
    void loaded() {
        history = queries.history(complaint);
        tasks = queries.openTasks(complaint);
        ratable = !current.actor().is(Role.AUDITOR) && complaint.getStatus() == ComplaintStatus.CLOSED && queries.waitsForRating(complaint);
        leadToldAt = complaint.getCategory() == Category.HARASSMENT
                ? queries.alerted(complaint, Alert.Kind.HARASSMENT_REPORTED).orElse(null) : null;
        now = queries.now();
        openPause = complaint.isPaused() ? pauses.of(complaint).stream().filter(p -> p.getResumedAt() == null).findFirst().orElse(null) : null;
    }

    /** Whether the caller may stop or restart this complaint's reply clock: its agent, a lead of its team, a supervisor. */
    private boolean handles() {
        Actor actor = current.actor();
        return complaint != null && (actor.username().equals(complaint.getLoggingAgent()) || actor.leads(complaint.getTeamCode()));
    }

    public boolean isPausable() {
        return handles() && !complaint.isPaused() && complaint.getReplyDeadline() != null && complaint.getRepliedAt() == null
                && (complaint.getStatus() == ComplaintStatus.OPEN || complaint.getStatus() == ComplaintStatus.AWAITING_REPLY);
    }

    public boolean isResumable() {
        return handles() && complaint.isPaused();
    }

    public Pause getOpenPause() {
        return openPause;
    }

    public PauseReason[] getReasons() {
        return PauseReason.values();
    }

    public String pause() {
        return act(() -> pauses.pause(number, new Steps.PauseInput(reason, note), current.actor()), "pause.paused");
    }

    /** The customer gave their rating on the phone: the agent or a lead records it as the SMS answer would. */
    public String rate() {
        return act(() -> steps.rate(number, new Steps.Rating(rating), current.actor()), "rating.recorded");
    }

    public boolean isRatable() {
        return ratable;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public int[] getRatings() {
        return new int[] {1, 2, 3, 4};
    }

    public String resume(boolean calledBack) {
        return act(() -> pauses.resume(number, new Steps.ResumeInput(calledBack ? Resumption.CUSTOMER_CALLED_BACK : Resumption.RESUMED, note),
                current.actor()), "pause.resumed");
    }

    private String act(Supplier<Complaint> step, String done) {
        return Screens.perform("pauseForm", () -> {
            Complaint changed = step.get();
            Screens.info(MessageFormat.format(Screens.text(done), changed.getNumber(),
                    format.dateTime(changed.getReplyDeadline())));
            return "/complaint?faces-redirect=true&number=" + changed.getNumber();
        });
    }

    public PauseReason getReason() {
        return reason;
    }

    public void setReason(PauseReason reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getSla() {
        return complaint == null ? "" : complaint.slaState(now).name();
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    /** For a harassment call (§27): when the team lead was alerted to it, null when not (yet). */
    public Instant getLeadToldAt() {
        return leadToldAt;
    }

    public boolean isHarassment() {
        return complaint != null && complaint.getCategory() == Category.HARASSMENT;
    }

    public List<OpenTask> getTasks() {
        return tasks;
    }
}
