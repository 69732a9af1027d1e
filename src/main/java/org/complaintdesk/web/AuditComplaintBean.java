package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.complaintdesk.complaint.ComplaintTrace;
import org.complaintdesk.complaint.HistoryVerifier;
import org.complaintdesk.complaint.Pause;
import org.complaintdesk.complaint.PauseLedger;
import org.complaintdesk.complaint.Recompute;
import org.complaintdesk.complaint.DeadlineRecord;
import org.complaintdesk.complaint.EscalationRecord;

/** One complaint for an auditor: the deadlines that applied and why, its pauses and escalations, whether its history chain is intact, its full trace and path. */
@Named
@ViewScoped
public class AuditComplaintBean extends ComplaintScreen {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintTrace traces;

    @Inject
    HistoryVerifier verifier;

    @Inject
    PauseLedger pauseLedger;

    @Inject
    Recompute recompute;

    private List<DeadlineRecord> deadlines = List.of();
    private List<EscalationRecord> escalations = List.of();
    private List<ComplaintTrace.Event> trace = List.of();
    private String sla;
    private HistoryVerifier.Result verification;
    private List<Pause> pauses = List.of();
    private List<Recompute.Difference> differences = List.of();

    @Override
    String formId() {
        return "auditComplaint";
    }

    @Override
    void loaded() {
        deadlines = queries.deadlines(number);
        escalations = queries.escalations(number);
        trace = traces.of(number);
        sla = complaint.slaState(queries.now()).name();
        verification = verifier.verify(number);
        pauses = pauseLedger.of(complaint);
        differences = recompute.of(number);
    }

    /** Whether the complaint's history chain is intact, checked when the page was opened. */
    public HistoryVerifier.Result getVerification() {
        return verification;
    }

    /** The stored SLA figures its history does not bear out (none when they agree). */
    public List<Recompute.Difference> getDifferences() {
        return differences;
    }

    public List<Pause> getPauses() {
        return pauses;
    }

    public List<DeadlineRecord> getDeadlines() {
        return deadlines;
    }

    public List<EscalationRecord> getEscalations() {
        return escalations;
    }

    public List<ComplaintTrace.Event> getTrace() {
        return trace;
    }

    public String getSla() {
        return sla;
    }
}
