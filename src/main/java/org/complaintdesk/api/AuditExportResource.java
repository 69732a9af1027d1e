package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.annotation.Timed;
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

/**
 * /api/audit/export: the compliance report and the breach list as CSV (UTF-8 with a byte-order mark), streamed
 * row by row, no cap. The columns are described in docs/EXPORTS.md; the figures are those of the JSON endpoints.
 */
@Path("audit/export")
@RequestScoped
@Timed(description = "Time to answer this API call")
@RolesAllowed({"AUDITOR", "SUPERVISOR", "ADMIN"})
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
    public Response compliance(@QueryParam("by") @DefaultValue("team") String by, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        Grouping grouping = AuditResource.grouping(by);
        Period period = audit.period(from, to, grouping);
        List<ComplianceReport.Row> rows = compliance.compliance(grouping, period);
        return csv("compliance.csv", out -> {
            Csv.row(out, List.of("group_by", "group", "total", "replied", "met", "breached", "open_overdue", "pending",
                    "share_met", "period_from", "period_to"));
            for (ComplianceReport.Row row : rows) {
                Csv.row(out, Arrays.asList(grouping.name().toLowerCase(), row.group(), row.total(), row.replied(), row.met(),
                        row.breached(), row.openOverdue(), row.pending(), row.share() == null ? null : String.format("%.4f", row.share()),
                        period.from(), period.to()));
            }
        });
    }

    @GET
    @Path("breaches.csv")
    public Response breaches(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = audit.period(from, to, null);
        return csv("breaches.csv", out -> {
            Csv.row(out, List.of("number", "team", "agent", "category", "complexity", "channel", "received_at",
                    "reply_deadline", "replied_at", "minutes_late", "sla"));
            breaches.forEach(period, b -> Csv.row(out, Arrays.asList(b.number(), b.team(), b.agent(), b.category(),
                    b.complexity(), b.channel(), b.receivedAt(), b.replyDeadline(), b.repliedAt(), b.minutesLate(), b.sla())));
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
