package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.ComplaintSteps;
import org.complaintdesk.complaint.Complexity;
import org.complaintdesk.complaint.Steps;
import org.complaintdesk.security.CurrentActor;

/**
 * Apologise and record (or, for a suggestion, thank and forward): the standard words for the category, the
 * promise with the computed deadline, and what the agent records.
 */
@Named
@ViewScoped
public class RecordBean extends ComplaintScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintSteps steps;

    @Inject
    CurrentActor current;

    // nothing chosen for the agent: each box is ticked for what happened on this call
    private boolean apologyOffered;
    private boolean apologyAccepted;
    private boolean contactConfirmed;
    private String restatement;
    private String keyProblem;
    private Complexity complexity;
    private Steps.Outcome outcome;
    private String resolution;
    private String forwardedTo;
    private String note;

    @Override
    String formId() {
        return "recordForm";
    }

    @Override
    void loaded() {
        keyProblem = complaint.getKeyProblem();
        complexity = complaint.getComplexity();
    }

    public boolean isSuggestion() {
        return complaint != null && complaint.getCategory() == Category.SUGGESTION;
    }

    /** The standard words for this category (DOMAIN.md part 7: what we can do, no "I can't", no "but"). */
    public String getStandardWords() {
        return complaint == null ? "" : Screens.text("words." + complaint.getCategory());
    }

    public String record() {
        return Screens.perform("recordForm", () -> {
            steps.apologiseAndRecord(number, new Steps.Apology(apologyOffered, apologyAccepted, restatement, keyProblem,
                    contactConfirmed, complexity, outcome, resolution), current.actor());
            return toComplaint();
        });
    }

    public String forward() {
        return Screens.perform("recordForm", () -> {
            steps.forwardSuggestion(number, new Steps.SuggestionForward(forwardedTo, note), current.actor());
            return toComplaint();
        });
    }

    public Steps.Outcome[] getOutcomes() {
        return Steps.Outcome.values();
    }

    public Complexity[] getComplexities() {
        return Complexity.values();
    }

    public boolean isApologyOffered() {
        return apologyOffered;
    }

    public void setApologyOffered(boolean apologyOffered) {
        this.apologyOffered = apologyOffered;
    }

    public boolean isApologyAccepted() {
        return apologyAccepted;
    }

    public void setApologyAccepted(boolean apologyAccepted) {
        this.apologyAccepted = apologyAccepted;
    }

    public boolean isContactConfirmed() {
        return contactConfirmed;
    }

    public void setContactConfirmed(boolean contactConfirmed) {
        this.contactConfirmed = contactConfirmed;
    }

    public String getRestatement() {
        return restatement;
    }

    public void setRestatement(String restatement) {
        this.restatement = restatement;
    }

    public String getKeyProblem() {
        return keyProblem;
    }

    public void setKeyProblem(String keyProblem) {
        this.keyProblem = keyProblem;
    }

    public Complexity getComplexity() {
        return complexity;
    }

    public void setComplexity(Complexity complexity) {
        this.complexity = complexity;
    }

    public Steps.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Steps.Outcome outcome) {
        this.outcome = outcome;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getForwardedTo() {
        return forwardedTo;
    }

    public void setForwardedTo(String forwardedTo) {
        this.forwardedTo = forwardedTo;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
