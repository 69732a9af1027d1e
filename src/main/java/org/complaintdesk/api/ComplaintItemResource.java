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
import java.util.List;
import org.complaintdesk.api.ApiViews.ComplaintView;
import org.complaintdesk.api.ApiViews.HistoryView;
import org.complaintdesk.api.ApiViews.TaskView;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.complaint.EscalationSteps;
import org.complaintdesk.complaint.PauseLedger;
import org.complaintdesk.complaint.ComplaintSteps;
import org.complaintdesk.complaint.Steps;
import org.complaintdesk.security.Actor;
import org.complaintdesk.workflow.ComplaintProcess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/complaints/{number}: one complaint, its open steps and history, and the steps people take on it.
 * Auditors read; none of the steps is theirs.
 */
@Path("complaints/{number}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR", "AUDITOR", "ADMIN"})
@Tag(name = "Complaint steps", description = "One complaint: read it, its open steps and history, and take its steps")
public class ComplaintItemResource {

    @Inject
    ComplaintSteps steps;

    @Inject
    EscalationSteps escalations;

    @Inject
    PauseLedger pauses;

    @Inject
    ComplaintQueries queries;

    @Inject
    Actor actor;

    @GET
    @Operation(summary = "Read a complaint", description = "The complaint as it is now (all roles).")
    @APIResponse(responseCode = "200", description = "The complaint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "complaintAwaitingReply")))
    public ComplaintView get(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number) {
        return ComplaintView.of(queries.get(number), queries.now());
    }

    @GET
    @Path("tasks")
    @Operation(summary = "List the open steps",
            description = "The steps of the complaint's process open now, with who may take them and when they are due"
                    + " (all roles); empty when none is open.")
    @APIResponse(responseCode = "200", description = "The open steps",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskView[].class),
                    examples = {
                            @ExampleObject(name = "tasksReply"),
                            @ExampleObject(name = "tasksEscalated")}))
    public List<TaskView> tasks(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number) {
        return queries.openTasks(number).stream().map(TaskView::of).toList();
    }

    @GET
    @Path("history")
    @Operation(summary = "Read the history", description = "The complaint's history entries, oldest first (all roles).")
    @APIResponse(responseCode = "200", description = "The history entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryView[].class),
                    examples = @ExampleObject(name = "history")))
    public List<HistoryView> history(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number) {
        return queries.history(number).stream().map(HistoryView::of).toList();
    }

    @POST
    @Path("tasks/{key}")
    @RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR"})
    @Operation(summary = "Complete an open step",
            description = "Completes the open step `key` with its data. task_apologiseAndRecord, task_forwardSuggestion,"
                    + " task_reply and task_replyAsInstructed: the logging agent; task_teamLeadHandle and"
                    + " task_qualityReview: a team lead of the complaint's team or a supervisor; task_supervisorHandle:"
                    + " a supervisor. The body of each step is in docs/API.md.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {
                    @ExampleObject(name = "stepApologiseAndRecord"),
                    @ExampleObject(name = "stepApologiseResolved"),
                    @ExampleObject(name = "stepForwardSuggestion"),
                    @ExampleObject(name = "stepReply"),
                    @ExampleObject(name = "stepLeadReplied"),
                    @ExampleObject(name = "stepLeadHandBack"),
                    @ExampleObject(name = "stepQualityReview")}))
    @APIResponse(responseCode = "200", description = "The complaint after the step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = {
                            @ExampleObject(name = "complaintAwaitingReply"),
                            @ExampleObject(name = "complaintClosed")}))
    @APIResponse(responseCode = "400", description = "A field of the step is missing or invalid, or malformed JSON",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemInvalidStep"),
                            @ExampleObject(name = "problemMalformedJson")}))
    @APIResponse(responseCode = "403", description = "The step is not the caller's",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemNotYourStep"),
                            @ExampleObject(name = "problemNotYourEscalation"),
                            @ExampleObject(name = "problemRole")}))
    @APIResponse(responseCode = "404", description = "No complaint has this number, or there is no step called `key`",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemUnknownComplaint"),
                            @ExampleObject(name = "problemUnknownStep")}))
    @APIResponse(responseCode = "409", description = "The step is not open now, or someone else changed the complaint first",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemStepNotOpen"),
                            @ExampleObject(name = "problemChangedMeanwhile")}))
    public ComplaintView complete(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number,
            @Parameter(description = "the step's key, as listed by GET .../tasks", example = "task_reply")
            @PathParam("key") String key,
            JsonStructure body) {
        Complaint complaint = switch (key) {
            case ComplaintProcess.TASK_APOLOGISE_AND_RECORD ->
                    steps.apologiseAndRecord(number, JsonInput.read(body, Steps.Apology.class), actor);
            case ComplaintProcess.TASK_FORWARD_SUGGESTION ->
                    steps.forwardSuggestion(number, JsonInput.read(body, Steps.SuggestionForward.class), actor);
            case ComplaintProcess.TASK_REPLY, ComplaintProcess.TASK_REPLY_AS_INSTRUCTED ->
                    steps.reply(number, key, JsonInput.read(body, Steps.Reply.class), actor);
            case ComplaintProcess.TASK_TEAM_LEAD_HANDLE, ComplaintProcess.TASK_SUPERVISOR_HANDLE ->
                    escalations.decide(number, key, JsonInput.read(body, Steps.LeadDecision.class), actor);
            case ComplaintProcess.TASK_QUALITY_REVIEW ->
                    escalations.qualityReview(number, JsonInput.read(body, Steps.QualityReview.class), actor);
            default -> throw ComplaintException.unknown("step", "There is no step called " + key);
        };
        return ComplaintView.of(complaint, queries.now());
    }

    @POST
    @Path("claim")
    @RolesAllowed({"TEAM_LEAD", "SUPERVISOR"})
    @Operation(summary = "Claim the escalation",
            description = "The caller (TEAM_LEAD, SUPERVISOR) takes the open escalation task of the complaint.")
    @APIResponse(responseCode = "200", description = "The complaint; the escalation task is now the caller's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "complaintEscalated")))
    @APIResponse(responseCode = "403",
            description = "Not a team lead of the complaint's team or a supervisor (a supervisor's escalation:"
                    + " not a supervisor)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemNotYourEscalation"),
                            @ExampleObject(name = "problemRole")}))
    @APIResponse(responseCode = "409", description = "The complaint is not escalated now, or another team lead claimed it first",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemNotEscalated"),
                            @ExampleObject(name = "problemAlreadyClaimed")}))
    public ComplaintView claim(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number) {
        return ComplaintView.of(escalations.claim(number, actor), queries.now());
    }

    @POST
    @Path("contact")
    @RolesAllowed({"TEAM_LEAD", "SUPERVISOR"})
    @Operation(summary = "Record the contact with the customer",
            description = "Records that the team lead or supervisor handling the escalation contacted the customer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "contact")))
    @APIResponse(responseCode = "200", description = "The complaint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "complaintEscalated")))
    @APIResponse(responseCode = "400", description = "No note, or malformed JSON",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemNoteMissing"),
                            @ExampleObject(name = "problemMalformedJson")}))
    @APIResponse(responseCode = "403",
            description = "Not a team lead of the complaint's team or a supervisor (a supervisor's escalation:"
                    + " not a supervisor)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemNotYourEscalation"),
                            @ExampleObject(name = "problemRole")}))
    @APIResponse(responseCode = "409", description = "The complaint is not escalated now",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemNotEscalated")))
    public ComplaintView contact(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number, JsonStructure body) {
        return ComplaintView.of(escalations.recordContact(number, JsonInput.read(body, Steps.Contact.class), actor), queries.now());
    }

    @POST
    @Path("pause")
    @RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR"})
    @Operation(operationId = "pauseReplyClock", summary = "Pause the reply clock while waiting for the customer",
            description = "The complaint's agent, a team lead of its team or a supervisor stops the reply clock of a complaint"
                    + " being recorded or awaiting its reply: `reason` DOCUMENTS_REQUESTED, CUSTOMER_UNREACHABLE or"
                    + " CUSTOMER_ASKED_TO_WAIT, and a note. No warning or overdue fires while paused; the clock runs again on"
                    + " resume, when the agent records or replies, or at the policy's longest pause (with an alert). A complaint"
                    + " paused when its deadline had passed stays breached.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "pause")))
    @APIResponse(responseCode = "200", description = "The complaint, paused",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "complaintPaused")))
    @APIResponse(responseCode = "400", description = "No reason or an unknown one",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemPauseReason")))
    @APIResponse(responseCode = "403", description = "Not the complaint's agent, a team lead of its team or a supervisor",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    @APIResponse(responseCode = "409", description = "Paused already, or no reply clock runs for its agent",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemPausedAlready")))
    public ComplaintView pause(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number, JsonStructure body) {
        return ComplaintView.of(pauses.pause(number, JsonInput.read(body, Steps.PauseInput.class), actor), queries.now());
    }

    @POST
    @Path("resume")
    @RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR"})
    @Operation(operationId = "resumeReplyClock", summary = "Let a paused reply clock run again",
            description = "`how` RESUMED or CUSTOMER_CALLED_BACK, and a note. The deadline moves by the business time the"
                    + " clock stood still (in the complaint's policy version), its timers with it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "resume")))
    @APIResponse(responseCode = "200", description = "The complaint with its moved deadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "complaintResumed")))
    @APIResponse(responseCode = "400", description = "No `how`, or one a person cannot choose",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemMalformedJson")))
    @APIResponse(responseCode = "403", description = "Not the complaint's agent, a team lead of its team or a supervisor",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    @APIResponse(responseCode = "409", description = "The clock is not paused",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemNotPaused")))
    public ComplaintView resume(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number, JsonStructure body) {
        return ComplaintView.of(pauses.resume(number, JsonInput.read(body, Steps.ResumeInput.class), actor), queries.now());
    }

    @POST
    @Path("reclassify")
    @RolesAllowed({"TEAM_LEAD", "SUPERVISOR"})
    @Operation(summary = "Reclassify the complexity",
            description = "A team lead of the complaint's team or a supervisor changes the complexity; the reply deadline"
                    + " is recomputed from receivedAt. With `version`, refused when the complaint has changed since.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "reclassify")))
    @APIResponse(responseCode = "200", description = "The complaint with its new complexity and deadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "complaintReclassified")))
    @APIResponse(responseCode = "400", description = "No reason, an unknown complexity, or malformed JSON",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemReasonMissing"),
                            @ExampleObject(name = "problemMalformedJson")}))
    @APIResponse(responseCode = "403", description = "Not a team lead of the complaint's team or a supervisor",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemNotYourTeam"),
                            @ExampleObject(name = "problemRole")}))
    @APIResponse(responseCode = "409", description = "`version` is not the complaint's, or it has no open reply deadline",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemVersionMismatch"),
                            @ExampleObject(name = "problemNoOpenDeadline")}))
    public ComplaintView reclassify(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number, JsonStructure body) {
        return ComplaintView.of(escalations.reclassify(number, JsonInput.read(body, Steps.Reclassification.class), actor), queries.now());
    }

    @POST
    @Path("rating")
    @RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Record the customer's rating",
            description = "The customer's rating 1 to 4 after closing (all but AUDITOR): 4 reopens the complaint to the"
                    + " team lead, 3 opens a quality review.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "rating")))
    @APIResponse(responseCode = "200", description = "The complaint with its rating",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "complaintRated")))
    @APIResponse(responseCode = "400", description = "No rating or one outside 1 to 4, or malformed JSON",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemInvalidRating"),
                            @ExampleObject(name = "problemMalformedJson")}))
    @APIResponse(responseCode = "403", description = "Auditors do not record ratings",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    @APIResponse(responseCode = "409", description = "The complaint is not waiting for a rating",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemNotWaitingForRating")))
    public ComplaintView rate(@Parameter(description = "the complaint's number", example = ApiParameters.NUMBER)
            @PathParam("number") String number, JsonStructure body) {
        return ComplaintView.of(steps.rate(number, JsonInput.read(body, Steps.Rating.class), actor), queries.now());
    }
}
