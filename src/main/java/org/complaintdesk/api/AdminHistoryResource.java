package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.admin.AdminHistoryEntry;
import org.complaintdesk.admin.AdminLog;
import org.complaintdesk.complaint.ComplaintException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/audit/admin-history: the administrators' changes (users, teams, windows, categories, API keys) for
 * auditors, with the state of its hash chain. A deadline window changed by an administrator changes what
 * "on time" meant from then on, so an auditor proving compliance needs to see when and by whom.
 */
@Path("audit/admin-history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"AUDITOR", "ADMIN"})
@Tag(name = "Audit")
public class AdminHistoryResource {

    public record Line(long seqNo, Instant at, String actor, String subject, String action, String changes, String hash) {

        static Line of(AdminHistoryEntry e) {
            return new Line(e.getSeqNo(), e.getAt(), e.getActor(), e.getSubject(), e.getAction(), e.getChanges(), e.getHash());
        }
    }

    /** The newest lines first; {@code firstBrokenRow} 0 when every line's hash matches its content and predecessor. */
    public record AdminHistory(boolean intact, long firstBrokenRow, List<Line> lines) {
    }

    @Inject
    AdminLog log;

    @GET
    @Operation(operationId = "adminHistory",
            summary = "The administrators' changes, newest first, and whether their hash chain holds (AUDITOR, ADMIN)")
    @APIResponse(responseCode = "200", description = "The lines and the chain's state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
    schema = @Schema(implementation = AdminHistory.class), examples = @ExampleObject(name = "adminHistory")))
    @APIResponse(responseCode = "400", description = "max out of range", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            examples = @ExampleObject(name = "adminHistoryMax")))
    @APIResponse(responseCode = "403", description = "Not an auditor or administrator")
    public AdminHistory history(
            @Parameter(description = "only subjects starting with this: user:, team:, setting:, category:, api-key:, calendar:, policy:", example = "setting:")
            @QueryParam("subject") String subject,
            @Parameter(description = "at most this many lines (1-1000)", example = "200") @QueryParam("max") @DefaultValue("200") int max) {
        if (max < 1 || max > 1000) {
            throw ComplaintException.invalid("max", "must lie between 1 and 1000");
        }
        long broken = log.firstBrokenRow();
        return new AdminHistory(broken == 0, broken, log.latest(subject == null ? "" : subject.strip(), max).stream().map(Line::of).toList());
    }
}
