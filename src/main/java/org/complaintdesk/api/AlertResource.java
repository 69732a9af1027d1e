package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.complaintdesk.api.ApiViews.AlertView;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.security.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/alerts: the caller's alerts, and marking one read. */
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR", "AUDITOR", "ADMIN"})
@Tag(name = "Alerts", description = "The caller's alerts: deadlines, escalations, reminders")
public class AlertResource {

    @Inject
    ComplaintQueries queries;

    @Inject
    Actor actor;

    @GET
    @Operation(summary = "List the caller's alerts",
            description = "Alerts addressed to the caller, or to their role and team, newest first (all roles);"
                    + " those of one complaint with ?complaint=.")
    @APIResponse(responseCode = "200", description = "The alerts",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AlertView[].class),
                    examples = @ExampleObject(name = "alerts")))
    public List<AlertView> alerts(
            @Parameter(description = "true: only alerts not read yet", example = "true")
            @QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @Parameter(description = "at most this many, 1 to 500", example = "50")
            @QueryParam("limit") @DefaultValue("200") int limit,
            @Parameter(description = "only the alerts of this complaint", example = "C-20261123-0042")
            @QueryParam("complaint") String complaint) {
        String number = complaint == null || complaint.isBlank() ? null : complaint.strip();
        return queries.alertsFor(actor, number, unreadOnly, Math.max(1, Math.min(limit, 500))).stream().map(AlertView::of).toList();
    }

    @POST
    @Path("{id}/read")
    @RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Mark an alert read", description = "Marks one of the caller's alerts read (all but AUDITOR).")
    @APIResponse(responseCode = "200", description = "The alert, read",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AlertView"),
                    examples = @ExampleObject(name = "alertRead")))
    @APIResponse(responseCode = "403", description = "Auditors only read",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    @APIResponse(responseCode = "404", description = "The caller has no alert with this id",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemUnknownAlert")))
    public AlertView markRead(@Parameter(description = "the alert's id", example = "8") @PathParam("id") long id) {
        return AlertView.of(queries.markRead(id, actor));
    }
}
