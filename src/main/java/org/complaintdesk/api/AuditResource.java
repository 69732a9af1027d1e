package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.annotation.Timed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.complaint.ComplaintTrace;
import org.complaintdesk.complaint.DeadlineRecord;
import org.complaintdesk.complaint.EscalationRecord;
import org.complaintdesk.complaint.HistoryVerifier;
import org.complaintdesk.sla.BreachList;
import org.complaintdesk.sla.ComplianceReport;
import org.complaintdesk.sla.Grouping;
import org.complaintdesk.sla.KpiReport;
import org.complaintdesk.sla.Period;
import org.complaintdesk.workflow.ProcessDiagram;

/** /api/audit: SLA truth for auditors, read-only. */
@Path("audit")
@RequestScoped
@Timed(description = "Time to answer this API call")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"AUDITOR", "SUPERVISOR", "ADMIN"})
public class AuditResource {

    /** The SLA record of one complaint. */
    public record SlaView(String number, String status, String sla, Instant replyDeadline, Instant repliedAt, Integer minutesLate,
            List<DeadlineView> deadlines, List<EscalationView> escalations, long reopenings) {
    }

    public record DeadlineView(Instant deadline, String complexity, String reason, Instant setAt, String setBy) {
    }

    public record EscalationView(int level, String toRole, String team, String reason, Instant escalatedAt, Instant deadline) {
    }

    public record BreachPage(List<BreachList.Breach> items, long total, int page, int size) {
    }

    @Inject
    ComplaintQueries queries;

    @Inject
    ComplaintTrace trace;

    @Inject
    HistoryVerifier verifier;

    @Inject
    ProcessDiagram diagram;

    @Inject
    ComplianceReport compliance;

    @Inject
    KpiReport kpis;

    @Inject
    BreachList breaches;

    @GET
    @Path("complaints/{number}/sla")
    public SlaView sla(@PathParam("number") String number) {
        Complaint c = queries.get(number);
        List<DeadlineRecord> deadlines = queries.deadlines(number);
        List<EscalationRecord> escalations = queries.escalations(number);
        return new SlaView(c.getNumber(), c.getStatus().name(), c.slaState(queries.now()).name(), c.getReplyDeadline(),
                c.getRepliedAt(), c.getMinutesLate(),
                deadlines.stream().map(d -> new DeadlineView(d.getDeadline(), d.getComplexity().name(), d.getReason().name(),
                        d.getSetAt(), d.getSetBy())).toList(),
                escalations.stream().map(e -> new EscalationView(e.getLevel(), e.getToRole(), e.getTeamCode(), e.getReason(),
                        e.getEscalatedAt(), e.getDeadline())).toList(),
                deadlines.stream().filter(d -> d.getReason() == DeadlineRecord.Reason.REOPENED).count());
    }

    @GET
    @Path("complaints/{number}/trace")
    public List<ComplaintTrace.Event> trace(@PathParam("number") String number) {
        return trace.of(number);
    }

    @GET
    @Path("complaints/{number}/diagram")
    @Produces("image/png")
    public Response diagram(@PathParam("number") String number) {
        return Response.ok(diagram.png(queries.get(number).getProcessInstanceId()), "image/png").build();
    }

    @GET
    @Path("verify")
    public HistoryVerifier.Result verifyAll() {
        return verifier.verifyAll();
    }

    @GET
    @Path("complaints/{number}/verify")
    public HistoryVerifier.Result verify(@PathParam("number") String number) {
        queries.get(number);
        return verifier.verify(number);
    }

    @GET
    @Path("compliance")
    public List<ComplianceView> compliance(@QueryParam("by") @DefaultValue("team") String by, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Grouping grouping = grouping(by);
        return compliance.compliance(grouping, period(from, to, grouping)).stream().map(ComplianceView::of).toList();
    }

    /** A compliance row with its share. */
    public record ComplianceView(String group, long total, long replied, long met, long breached, long openOverdue, long pending,
            Double share) {

        static ComplianceView of(ComplianceReport.Row row) {
            return new ComplianceView(row.group(), row.total(), row.replied(), row.met(), row.breached(), row.openOverdue(),
                    row.pending(), row.share());
        }
    }

    @GET
    @Path("kpis")
    public KpiReport.Kpis kpis(@QueryParam("from") String from, @QueryParam("to") String to) {
        return kpis.kpis(period(from, to, null));
    }

    @GET
    @Path("breaches")
    public BreachPage breaches(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > ComplaintQueries.MAX_PAGE_SIZE) {
            throw ComplaintException.invalid(page < 0 ? "page" : "size", "page must be 0 or more, size 1 to " + ComplaintQueries.MAX_PAGE_SIZE);
        }
        Period period = period(from, to, null);
        return new BreachPage(breaches.page(period, page, size), breaches.count(period), page, size);
    }

    static Grouping grouping(String by) {
        return ComplaintResource.choice("by", by == null ? null : by.strip().toUpperCase(), Grouping.class);
    }

    /** The period [from, to), by default the last 30 days; refused, naming the field, when it makes no sense. */
    Period period(String from, String to, Grouping by) {
        Instant now = queries.now();
        Instant end = to == null || to.isBlank() ? now : ComplaintResource.instant("to", to);
        Instant start = from == null || from.isBlank() ? end.minus(java.time.Duration.ofDays(30)) : ComplaintResource.instant("from", from);
        Period period = new Period(start, end);
        String problem = period.problemFor(by);
        if (problem != null) {
            int colon = problem.indexOf(": ");
            throw ComplaintException.invalid(problem.substring(0, colon), problem.substring(colon + 2));
        }
        return period;
    }
}
