package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.complaint.HistoryEntry;
import org.complaintdesk.workflow.ProcessTasks.OpenTask;

/** One complaint: its data, SLA state, open steps and the timeline of its history. */
@Named
@ViewScoped
public class ComplaintPageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintQueries queries;

    private String number;
    private Complaint complaint;
    private List<HistoryEntry> history = List.of();
    private List<OpenTask> tasks = List.of();
    private Instant now;

    public void load() {
        try {
            complaint = queries.get(number);
            history = queries.history(number);
            tasks = queries.openTasks(number);
            now = queries.now();
        } catch (ComplaintException unknown) {
            Screens.show(unknown, "complaintPage");
        }
    }

    public String getSla() {
        return complaint == null ? "" : complaint.slaState(now).name();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public List<OpenTask> getTasks() {
        return tasks;
    }
}
