package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.complaintdesk.sla.BreachList;
import org.complaintdesk.sla.ComplianceReport;
import org.complaintdesk.sla.Grouping;
import org.complaintdesk.sla.Period;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/audit/export: the compliance report and the breach list as CSV (UTF-8 with a byte-order mark), streamed
 * row by row, no cap. The columns are described in docs/EXPORTS.md; the figures are those of the JSON endpoints.
 */
@Path("audit/export")
@RequestScoped
@RolesAllowed({"AUDITOR", "SUPERVISOR", "ADMIN"})
@Tag(name = "Audit exports",
        description = "The audit figures as CSV files (AUDITOR, SUPERVISOR, ADMIN); columns in docs/EXPORTS.md")
public class AuditExportResource {

    static final String CSV = "text/csv; charset=UTF-8";

    @Inject
    AuditResource audit;

    @Inject
    ComplianceReport compliance;

    @Inject
    BreachList breaches;

    @GET
    @Path("compliance.csv")
    @Operation(operationId = "exportCompliance", summary = "SLA compliance by group as CSV",
            description = "The rows of GET /api/audit/compliance as a CSV download (UTF-8 with a byte-order mark), every"
                    + " row, no cap; `share_met` has 4 decimals, empty when there is no share.")
    @APIResponse(responseCode = "200", description = "The CSV file (`Content-Disposition: attachment`)",
            content = @Content(mediaType = "text/csv",
                    examples = @ExampleObject(name = "complianceCsv")))
    @APIResponse(responseCode = "400",
            description = "An unknown `by`, a time that is not an ISO instant, `to` before `from`,"
                    + " or a period too long for the grouping",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemInvalidGrouping"),
                            @ExampleObject(name = "problemInvalidInstant"),
                            @ExampleObject(name = "problemPeriodReversed")}))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public Response compliance(
            @Parameter(description = "team, agent, category, complexity, channel, day, week or month", example = "team")
            @QueryParam("by") @DefaultValue("team") String by,
            @Parameter(description = ApiParameters.PERIOD_FROM, example = ApiParameters.FROM) @QueryParam("from") String from,
            @Parameter(description = ApiParameters.PERIOD_TO, example = ApiParameters.TO) @QueryParam("to") String to) {
        Grouping grouping = AuditResource.grouping(by);
        Period period = audit.period(from, to, grouping);
        List<ComplianceReport.Row> rows = compliance.compliance(grouping, period);
        return csv("compliance.csv", out -> {
            Csv.row(out, List.of("group_by", "group", "total", "replied", "met", "breached", "open_overdue", "pending",
                    "share_met", "paused", "paused_seconds", "period_from", "period_to"));
            for (ComplianceReport.Row row : rows) {
                Csv.row(out, Arrays.asList(grouping.name().toLowerCase(), row.group(), row.total(), row.replied(), row.met(),
                        row.breached(), row.openOverdue(), row.pending(), row.share() == null ? null : String.format("%.4f", row.share()),
                        row.paused(), row.pausedSeconds(), period.from(), period.to()));
            }
        });
    }

    @GET
    @Path("breaches.csv")
    @Operation(operationId = "exportBreaches", summary = "Missed deadlines as CSV",
            description = "Every breach of GET /api/audit/breaches in the period as a CSV download (UTF-8 with a"
                    + " byte-order mark), no cap: open ones first (earliest deadline first), then late replies, most late first.")
    @APIResponse(responseCode = "200", description = "The CSV file (`Content-Disposition: attachment`)",
            content = @Content(mediaType = "text/csv",
                    examples = @ExampleObject(name = "breachesCsv")))
    @APIResponse(responseCode = "400", description = "A time that is not an ISO instant, or `to` before `from`",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemInvalidInstant"),
                            @ExampleObject(name = "problemPeriodReversed")}))
    @APIResponse(responseCode = "403", description = "Only auditors, supervisors and administrators audit",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public Response breaches(
            @Parameter(description = ApiParameters.PERIOD_FROM, example = ApiParameters.FROM) @QueryParam("from") String from,
            @Parameter(description = ApiParameters.PERIOD_TO, example = ApiParameters.TO) @QueryParam("to") String to) {
        Period period = audit.period(from, to, null);
        return csv("breaches.csv", out -> {
            Csv.row(out, List.of("number", "team", "agent", "category", "complexity", "channel", "received_at",
                    "reply_deadline", "replied_at", "minutes_late", "sla", "policy_version", "paused_seconds"));
            breaches.forEach(period, b -> Csv.row(out, Arrays.asList(b.number(), b.team(), b.agent(), b.category(),
                    b.complexity(), b.channel(), b.receivedAt(), b.replyDeadline(), b.repliedAt(), b.minutesLate(), b.sla(),
                    b.policyVersion(), b.pausedSeconds())));
        });
    }

    /** Something that writes CSV rows. */
    interface Rows {
        void write(Writer out);
    }

    private static Response csv(String filename, Rows rows) {
        StreamingOutput body = stream -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
            out.write(Csv.BOM);
            rows.write(out);
            out.flush();
        };
        return Response.ok(body, CSV).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
