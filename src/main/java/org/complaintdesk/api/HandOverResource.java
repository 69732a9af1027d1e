package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.complaintdesk.api.ApiViews.ComplaintView;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.complaint.HandOver;
import org.complaintdesk.complaint.Steps;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/handovers: team leads hand complaints to another agent of the team, and see who holds what. */
@Path("handovers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"TEAM_LEAD", "SUPERVISOR"})
@Tag(name = "Complaint steps", description = "One complaint: read it, its open steps and history, and take its steps")
public class HandOverResource {

    @Inject
    HandOver handOver;

    @Inject
    ComplaintQueries queries;

    @Inject
    Actor actor;

    @GET
    @Operation(operationId = "listHoldings", summary = "Who of a team holds which complaints not yet closed",
            description = "Each agent of the team holding complaints not yet closed, with `enabled` false for an agent whose"
                    + " account is switched off: those complaints wait for a lead to hand them over. A team lead sees their"
                    + " own team; a supervisor names one.")
    @APIResponse(responseCode = "200", description = "The agents and their complaints", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "holdings")))
    @APIResponse(responseCode = "403", description = "Not a lead of the team", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "problemRole")))
    public List<HandOver.Holding> holdings(@Parameter(description = "the team (a supervisor's choice; a lead's own team if left out)",
            example = "NORTH") @QueryParam("team") String team) {
        String chosen = team == null || team.isBlank() ? actor.team() : team.strip().toUpperCase();
        if (chosen == null || !actor.leads(chosen)) {
            throw ComplaintException.notAllowed("Only a team lead of team " + chosen + " or a supervisor sees who holds its complaints");
        }
        return handOver.holdings(chosen);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "handOver", summary = "Hand complaints to another agent of their team",
            description = "All the listed complaints move to the agent `to`, or none does: the agent's open step follows,"
                    + " the compliance figures count them for the new agent, the new agent is alerted, and each complaint's"
                    + " history records the move with the reason.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "handOver")))
    @APIResponse(responseCode = "200", description = "The complaints as moved", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComplaintView[].class),
            examples = @ExampleObject(name = "handedOver")))
    @APIResponse(responseCode = "400", description = "No complaints, no reason, or `to` is no enabled agent of their team",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemHandOverTo")))
    @APIResponse(responseCode = "403", description = "Not a lead of a complaint's team", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(ref = "Problem"), examples = @ExampleObject(name = "problemRole")))
    @APIResponse(responseCode = "404", description = "A number no complaint has", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            schema = @Schema(ref = "Problem"),
            examples = @ExampleObject(name = "problemUnknownComplaint")))
    @APIResponse(responseCode = "409", description = "A complaint is closed, paused, or the agent's already", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
            examples = @ExampleObject(name = "problemHandOverClosed")))
    public List<ComplaintView> handOver(JsonStructure body) {
        if (!(actor.is(Role.TEAM_LEAD) || actor.is(Role.SUPERVISOR))) {
            throw ComplaintException.notAllowed("Only team leads and supervisors hand complaints over");
        }
        return handOver.move(JsonInput.read(body, Steps.HandOverInput.class), actor).stream()
                .map(c -> ComplaintView.of(c, queries.now())).toList();
    }
}
