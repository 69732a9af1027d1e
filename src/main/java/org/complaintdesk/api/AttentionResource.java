package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.attention.Attention;
import org.complaintdesk.attention.NeedsAttention;
import org.complaintdesk.complaint.ComplaintRepair;
import org.complaintdesk.security.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/admin/attention: complaints whose record disagrees with their process, or whose jobs failed or were given up,
 * with the engine's error; and the repairs: retry a dead-letter job, move a complaint to a chosen team lead or agent.
 * Each repair is written to the administrators' history and the complaint's own.
 */
@Path("admin/attention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration", description = "For administrators")
public class AttentionResource {

    /** One reason why one complaint needs an administrator. */
    @Schema(description = "One reason why one complaint needs an administrator; `openTasks`: the task keys open in its process")
    public record ItemView(
            @Schema(example = ApiParameters.NUMBER) String number,
            @Schema(description = "the complaint's recorded status") String status,
            @Schema(description = "the complaint's recorded escalation level, 0-2") int escalationLevel,
            @Schema(description = "CLOSED_WITH_OPEN_TASK, NO_PROCESS, NO_OPEN_TASK, SEVERAL_OPEN_TASKS, TASK_NOT_FOR_STATUS,"
                    + " LEVEL_NOT_SHOWN (record and process disagree), HOLDER_UNAVAILABLE (its task is held by no enabled user),"
                    + " DEAD_LETTER_JOB or FAILING_JOB") String reason,
            List<String> openTasks,
            @Schema(description = "the job, for DEAD_LETTER_JOB and FAILING_JOB: the id to retry") String jobId,
            @Schema(description = "the BPMN element of the job, such as timer_replyOverdue") String jobElement,
            @Schema(description = "the engine's error: the job's exception message") String error,
            // a date-time in place: Payara writes a reference to its Instant schema, beside which a description is ignored
            @Schema(implementation = String.class, format = "date-time", description = "when the job was made, or when the complaint was received")
            Instant since) {

        static ItemView of(NeedsAttention n) {
            return new ItemView(n.number(), n.status(), n.escalationLevel(), n.reason(), n.openTasks(), n.jobId(), n.jobElement(),
                    n.error(), n.since());
        }
    }

    /** The body of a retry: which dead-letter job. */
    public record Retry(String jobId) {
    }

    /** The body of a move: to whom, and why (kept in both histories). */
    public record Move(String username, String reason) {
    }

    /** What a repair did. */
    public record Repaired(String number, String action, String jobId, String taskKey, String status, Integer escalationLevel) {
    }

    @Inject
    Attention attention;

    @Inject
    Actor actor;

    @GET
    @Operation(operationId = "listAttention",
            summary = "Complaints needing attention: record and process disagree, or a job failed or was given up",
            description = "One item per reason, disagreements first. The rules of agreement are in the class"
                    + " org.complaintdesk.attention.AgreementRules (status, the one open task it allows, escalation levels).")
    @APIResponse(responseCode = "200", description = "The items; an empty list when every complaint agrees with its process",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ItemView[].class),
                    examples = @ExampleObject(name = "attentionList")))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<ItemView> list() {
        return attention.list().stream().map(ItemView::of).toList();
    }

    @POST
    @Path("{number}/retry")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Retry a complaint's dead-letter job",
            description = "Moves the job back to the executable jobs with 3 retries; the engine runs it at once.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Retry.class),
            examples = @ExampleObject(name = "attentionRetry")))
    @APIResponse(responseCode = "200", description = "Moved back; it runs soon", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Repaired.class), examples = @ExampleObject(name = "attentionRetried")))
    @APIResponse(responseCode = "404", description = "No such complaint, or no such dead-letter job of it",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "attentionProblemNoJob")))
    @APIResponse(responseCode = "400", description = "Not a JSON object", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Repaired retry(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER) @PathParam("number") String number,
            JsonStructure body) {
        Retry input = JsonInput.read(body, Retry.class);
        attention.retry(number, input.jobId(), actor);
        return new Repaired(number, "JOB_RETRIED", input.jobId(), null, null, null);
    }

    @POST
    @Path("{number}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a complaint to a chosen team lead or agent",
            description = "Leaves its process with one open task for that person: a team lead of the complaint's team gets the"
                    + " team lead's task (ESCALATED, level 1; a reopened complaint stays REOPENED); an agent gets the next agent's"
                    + " step by the record and holds the complaint from now on. A lost process is started anew at that task."
                    + " A closed complaint cannot be moved (409).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Move.class),
            examples = @ExampleObject(name = "attentionToATeamLead")))
    @APIResponse(responseCode = "200", description = "Moved", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Repaired.class), examples = @ExampleObject(name = "attentionMoved")))
    @APIResponse(responseCode = "400", description = "No such enabled user, not a team lead of its team nor an agent, or reason too long",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "attentionProblemNotALead")))
    @APIResponse(responseCode = "404", description = "No such complaint", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON))
    @APIResponse(responseCode = "409", description = "The complaint is closed", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public Repaired move(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER) @PathParam("number") String number,
            JsonStructure body) {
        Move input = JsonInput.read(body, Move.class);
        ComplaintRepair.Placement placement = attention.moveTo(number, input.username(), input.reason(), actor);
        return new Repaired(number, "COMPLAINT_MOVED", null, placement.taskKey(), placement.status().name(), placement.level());
    }
}
