package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.complaintdesk.complaint.NumberAudit;
import org.complaintdesk.complaint.Pause;
import org.complaintdesk.complaint.PauseLedger;
import org.complaintdesk.complaint.Recompute;
import org.complaintdesk.sla.BreachList;
import org.complaintdesk.sla.ComplianceReport;
import org.complaintdesk.sla.Grouping;
import org.complaintdesk.sla.KpiReport;
import org.complaintdesk.sla.Period;
import org.complaintdesk.workflow.ProcessDiagram;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/audit: SLA truth for auditors, read-only. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"AUDITOR", "SUPERVISOR", "ADMIN"})
@Tag(name = "Audit", description = "SLA truth for auditors, read-only (AUDITOR, SUPERVISOR, ADMIN)")
public class AuditResource {

    /** The SLA record of one complaint. */
    public record SlaView(String number, String status, String sla, Integer policyVersion, Instant replyDeadline, Instant repliedAt, Integer minutesLate,
            List<DeadlineView> deadlines, List<EscalationView> escalations, long reopenings, long pausedSeconds, List<PauseView> pauses) {
    }

    /** One pause of the reply clock: the deadline moved from {@code deadlineAtPause} to {@code deadlineAfter}. */
    public record PauseView(Instant pausedAt, String pausedBy, String reason, String note, Instant resumeBy, Instant deadlineAtPause,
            Instant resumedAt, String resumedBy, String resumption, Long pausedSeconds, Instant deadlineAfter) {

        static PauseView of(Pause p) {
            return new PauseView(p.getPausedAt(), p.getPausedBy(), p.getReason().name(), p.getNote(), p.getResumeBy(), p.getDeadlineAtPause(),
                    p.getResumedAt(), p.getResumedBy(), p.getResumption() == null ? null : p.getResumption().name(), p.getPausedSeconds(),
                    p.getDeadlineAfter());
        }
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

    @Inject
    NumberAudit numberAudit;

    @Inject
    PauseLedger pauses;

    @Inject
    Recompute recompute;

    @GET
    @Path("complaints/{number}/sla")
    @Operation(summary = "SLA record of a complaint",
            description = "Its reply deadline and SLA state, the SLA policy version it is held to (GET /api/sla-policies/{version}),"
                    + " every deadline it had (INITIAL, RECLASSIFIED, REOPENED, RESUMED after a pause), the pauses of its reply clock,"
                    + " its escalations and how often it was reopened.")
    @APIResponse(responseCode = "200", description = "The SLA record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SlaView"),
                    examples = @ExampleObject(name = "sla")))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public SlaView sla(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number) {
        Complaint c = queries.get(number);
        List<DeadlineRecord> deadlines = queries.deadlines(number);
        List<EscalationRecord> escalations = queries.escalations(number);
        return new SlaView(c.getNumber(), c.getStatus().name(), c.slaState(queries.now()).name(), c.getPolicyVersion(), c.getReplyDeadline(),
                c.getRepliedAt(), c.getMinutesLate(),
                deadlines.stream().map(d -> new DeadlineView(d.getDeadline(), d.getComplexity().name(), d.getReason().name(),
                        d.getSetAt(), d.getSetBy())).toList(),
                escalations.stream().map(e -> new EscalationView(e.getLevel().number(), e.getToRole(), e.getTeamCode(), e.getReason().name(),
                        e.getEscalatedAt(), e.getDeadline())).toList(),
                deadlines.stream().filter(d -> d.getReason() == DeadlineRecord.Reason.REOPENED).count(),
                c.getPausedSeconds(), pauses.of(c).stream().map(PauseView::of).toList());
    }

    @GET
    @Path("complaints/{number}/trace")
    @Operation(summary = "Full timeline of a complaint",
            description = "The complaint's history (source HISTORY) and the process engine's history (source PROCESS:"
                    + " every step, timer and gateway passed) merged in time order.")
    @APIResponse(responseCode = "200", description = "The events, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ComplaintTrace.Event[].class),
                    examples = @ExampleObject(name = "trace")))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public List<ComplaintTrace.Event> trace(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number) {
        return trace.of(number);
    }

    @GET
    @Path("complaints/{number}/diagram")
    @Produces("image/png")
    @Operation(summary = "Process diagram of a complaint",
            description = "The BPMN diagram (PNG) with the path this complaint took highlighted.")
    @APIResponse(responseCode = "200", description = "The diagram", content = @Content(mediaType = "image/png"))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public Response diagram(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number) {
        return Response.ok(diagram.png(queries.get(number).getProcessInstanceId()), "image/png").build();
    }

    @GET
    @Path("verify")
    @Operation(summary = "Verify every history",
            description = "Recomputes the hash chain of every complaint's history and reports the first broken link"
                    + " (`firstBroken` absent when all are intact).")
    @APIResponse(responseCode = "200", description = "What the verification found",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HistoryVerifier.Result.class),
                    examples = {
                            @ExampleObject(name = "verifyIntact"),
                            @ExampleObject(name = "verifyBroken")}))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public HistoryVerifier.Result verifyAll() {
        return verifier.verifyAll();
    }

    @GET
    @Path("complaints/{number}/verify")
    @Operation(summary = "Verify the history of a complaint",
            description = "Recomputes the hash chain of one complaint's history (`firstBroken` absent when intact).")
    @APIResponse(responseCode = "200", description = "What the verification found",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HistoryVerifier.Result.class),
                    examples = @ExampleObject(name = "verifyOne")))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public HistoryVerifier.Result verify(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number) {
        queries.get(number);
        return verifier.verify(number);
    }

    /** What a complaint's recompute found: every stored figure its history does not bear out. */
    public record RecomputeView(boolean agrees, List<Recompute.Difference> differences, boolean truncated) {

        static RecomputeView of(List<Recompute.Difference> differences) {
            return new RecomputeView(differences.isEmpty(), differences, false);
        }
    }

    @GET
    @Path("complaints/{number}/recompute")
    @Operation(operationId = "recomputeComplaint", summary = "Re-derive a complaint's SLA figures from its history",
            description = "The reply deadline, reply time, met or breached, minutes late, paused time and rating as the"
                    + " complaint's hash-chained history says they are, against what is stored (and shown, counted, exported):"
                    + " each difference is a row changed behind the desk's back, even where the history itself is intact.")
    @APIResponse(responseCode = "200", description = "The differences (none: the stored figures agree)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecomputeView.class), examples = {
                    @ExampleObject(name = "recomputeRating"),
                    @ExampleObject(name = "recomputeAgrees")}))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public RecomputeView recompute(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number) {
        return RecomputeView.of(recompute.of(number));
    }

    @GET
    @Path("recompute")
    @Operation(operationId = "recomputePeriod",
            summary = "Re-derive the SLA figures and compliance counts of a period from the histories",
            description = "The period is widened to whole days in the desk's time zone, as the compliance summary counts them"
                    + " (at most 31 days). For every complaint received on those days, as for one complaint, in number order; and"
                    + " the compliance summary's counts of each day and dimension value (total, replied, met, breached) as the"
                    + " complaints' histories say they are, against the counts the dashboard and the exports read. At most 1,000"
                    + " of each kind of difference are listed (`truncated`).")
    @APIResponse(responseCode = "200", description = "The differences", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {@ExampleObject(name = "recomputePeriod"),
                    @ExampleObject(name = "recomputePeriodAgrees")}))
    @APIResponse(responseCode = "400", description = "A time that is not an ISO instant, `to` before `from`, or more than 31 days",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemPeriodReversed")))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public Recompute.PeriodResult recomputePeriod(
            @Parameter(description = ApiParameters.PERIOD_FROM, example = ApiParameters.FROM) @QueryParam("from") String from,
            @Parameter(description = ApiParameters.PERIOD_TO, example = ApiParameters.TO) @QueryParam("to") String to) {
        Period period = period(from, to, null);
        if (java.time.Duration.between(period.from(), period.to()).compareTo(Recompute.LONGEST_PERIOD) > 0) {
            throw ComplaintException.invalid("to", "a recompute covers at most " + Recompute.LONGEST_PERIOD.toDays() + " days");
        }
        return recompute.period(period, 1000);
    }

    @GET
    @Path("numbers")
    @Operation(summary = "Every complaint number accounted for",
            description = "Between the first and the last number used in the period (received, or used up), each number that"
                    + " belongs to no complaint, with its fate: `ROLLED_BACK`, its intake did not commit. A missing number without"
                    + " a fate is `unaccounted` (the desk stopped before it could record one). At most 1,000 are listed.")
    @APIResponse(responseCode = "200", description = "The account of the numbers", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "numbers")))
    @APIResponse(responseCode = "400", description = "A time that is not an ISO instant, or `to` before `from`",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemPeriodReversed")))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public NumberAudit.Account numbers(
            @Parameter(description = ApiParameters.PERIOD_FROM, example = ApiParameters.FROM) @QueryParam("from") String from,
            @Parameter(description = ApiParameters.PERIOD_TO, example = ApiParameters.TO) @QueryParam("to") String to) {
        return numberAudit.account(period(from, to, null));
    }

    @GET
    @Path("compliance")
    @Operation(summary = "SLA compliance by group",
            description = "One row per group over complaints received in the period; `share` = met / (met + breached +"
                    + " openOverdue), absent when that is 0. `day` covers at most 92 days, `week` 2 years.")
    @APIResponse(responseCode = "200", description = "The rows",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceView[].class),
                    examples = @ExampleObject(name = "compliance")))
    @APIResponse(responseCode = "400",
            description = "An unknown `by`, a time that is not an ISO instant, `to` before `from`,"
                    + " or a period too long for the grouping",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemInvalidGrouping"),
                            @ExampleObject(name = "problemPeriodTooLong"),
                            @ExampleObject(name = "problemInvalidInstant"),
                            @ExampleObject(name = "problemPeriodReversed")}))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public List<ComplianceView> compliance(
            @Parameter(description = "team, agent, category, complexity, channel, day, week or month", example = "team")
            @QueryParam("by") @DefaultValue("team") String by,
            @Parameter(description = ApiParameters.PERIOD_FROM, example = ApiParameters.FROM) @QueryParam("from") String from,
            @Parameter(description = ApiParameters.PERIOD_TO, example = ApiParameters.TO) @QueryParam("to") String to) {
        Grouping grouping = grouping(by);
        return compliance.compliance(grouping, period(from, to, grouping)).stream().map(ComplianceView::of).toList();
    }

    /** A compliance row with its share, and how many complaints were paused and for how many business seconds in all. */
    public record ComplianceView(String group, long total, long replied, long met, long breached, long openOverdue, long pending,
            Double share, long paused, long pausedSeconds) {

        static ComplianceView of(ComplianceReport.Row row) {
            return new ComplianceView(row.group(), row.total(), row.replied(), row.met(), row.breached(), row.openOverdue(),
                    row.pending(), row.share(), row.paused(), row.pausedSeconds());
        }
    }

    @GET
    @Path("kpis")
    @Operation(summary = "Key figures",
            description = "Over complaints received in the period: handled, closed, average handling minutes, ratings"
                    + " 1 to 4, reopen rate and complaints per agent.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiReport.Kpis.class),
                    examples = @ExampleObject(name = "kpis")))
    @APIResponse(responseCode = "400", description = "A time that is not an ISO instant, or `to` before `from`",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemInvalidInstant"),
                            @ExampleObject(name = "problemPeriodReversed")}))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public KpiReport.Kpis kpis(
            @Parameter(description = ApiParameters.PERIOD_FROM, example = ApiParameters.FROM) @QueryParam("from") String from,
            @Parameter(description = ApiParameters.PERIOD_TO, example = ApiParameters.TO) @QueryParam("to") String to) {
        return kpis.kpis(period(from, to, null));
    }

    @GET
    @Path("breaches")
    @Operation(summary = "Missed deadlines",
            description = "Complaints received in the period that were replied late (BREACHED) or are open past their"
                    + " deadline (OVERDUE), most late first, a page at a time.")
    @APIResponse(responseCode = "200", description = "One page of breaches and the total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "BreachPage"),
                    examples = @ExampleObject(name = "breaches")))
    @APIResponse(responseCode = "400",
            description = "A time that is not an ISO instant, `to` before `from`, or the page or size out of range",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemBreachPage"),
                            @ExampleObject(name = "problemInvalidInstant"),
                            @ExampleObject(name = "problemPeriodReversed")}))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public BreachPage breaches(
            @Parameter(description = ApiParameters.PERIOD_FROM, example = ApiParameters.FROM) @QueryParam("from") String from,
            @Parameter(description = ApiParameters.PERIOD_TO, example = ApiParameters.TO) @QueryParam("to") String to,
            @Parameter(description = "page number, from 0", example = "0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "page size, 1 to 200", example = "20") @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > ComplaintQueries.MAX_PAGE_SIZE) {
            throw ComplaintException.invalid(page < 0 ? "page" : "size", "page must be 0 or more, size 1 to " + ComplaintQueries.MAX_PAGE_SIZE);
        }
        ComplaintQueries.checkReach(page, size);
        Period period = period(from, to, null);
        return new BreachPage(breaches.page(period, page, size), breaches.count(period), page, size);
    }

    static Grouping grouping(String by) {
        if (by == null || by.isBlank()) {
            // "by=" given empty: there is no grouping to fall back on but the default, which the client did not ask for
            throw ComplaintException.invalid("by", "unknown value; one of " + java.util.Arrays.toString(Grouping.values()));
        }
        return ComplaintResource.choice("by", by.strip().toUpperCase(), Grouping.class);
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
