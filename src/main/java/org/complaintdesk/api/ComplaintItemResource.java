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
                    examples = @ExampleObject(name = "awaiting reply", value = ApiExamples.COMPLAINT_AWAITING_REPLY)))
    @APIResponse(responseCode = "404", description = "No complaint has this number",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown complaint", value = ApiExamples.PROBLEM_UNKNOWN_COMPLAINT)))
    public ComplaintView get(@Parameter(description = "the complaint's number", example = ApiExamples.NUMBER)
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
                            @ExampleObject(name = "reply due", value = ApiExamples.TASKS_REPLY),
                            @ExampleObject(name = "escalated", value = ApiExamples.TASKS_ESCALATED)}))
    @APIResponse(responseCode = "404", description = "No complaint has this number",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown complaint", value = ApiExamples.PROBLEM_UNKNOWN_COMPLAINT)))
    public List<TaskView> tasks(@Parameter(description = "the complaint's number", example = ApiExamples.NUMBER)
            @PathParam("number") String number) {
        return queries.openTasks(number).stream().map(TaskView::of).toList();
    }

    @GET
    @Path("history")
    @Operation(summary = "Read the history", description = "The complaint's history entries, oldest first (all roles).")
    @APIResponse(responseCode = "200", description = "The history entries",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryView[].class),
                    examples = @ExampleObject(name = "replied and closed", value = ApiExamples.HISTORY)))
    @APIResponse(responseCode = "404", description = "No complaint has this number",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown complaint", value = ApiExamples.PROBLEM_UNKNOWN_COMPLAINT)))
    public List<HistoryView> history(@Parameter(description = "the complaint's number", example = ApiExamples.NUMBER)
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
                    @ExampleObject(name = "task_apologiseAndRecord", value = ApiExamples.STEP_APOLOGISE_AND_RECORD),
                    @ExampleObject(name = "task_apologiseAndRecord, resolved", value = ApiExamples.STEP_APOLOGISE_RESOLVED),
                    @ExampleObject(name = "task_forwardSuggestion", value = ApiExamples.STEP_FORWARD_SUGGESTION),
                    @ExampleObject(name = "task_reply, task_replyAsInstructed", value = ApiExamples.STEP_REPLY),
                    @ExampleObject(name = "task_teamLeadHandle, task_supervisorHandle: replied",
                            value = ApiExamples.STEP_LEAD_REPLIED),
                    @ExampleObject(name = "task_teamLeadHandle, task_supervisorHandle: hand back",
                            value = ApiExamples.STEP_LEAD_HAND_BACK),
                    @ExampleObject(name = "task_qualityReview", value = ApiExamples.STEP_QUALITY_REVIEW)}))
    @APIResponse(responseCode = "200", description = "The complaint after the step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = {
                            @ExampleObject(name = "after task_apologiseAndRecord", value = ApiExamples.COMPLAINT_AWAITING_REPLY),
                            @ExampleObject(name = "after task_reply", value = ApiExamples.COMPLAINT_CLOSED)}))
    @APIResponse(responseCode = "400", description = "A field of the step is missing or invalid, or malformed JSON",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "missing fields", value = ApiExamples.PROBLEM_INVALID_STEP),
                            @ExampleObject(name = "malformed JSON", value = ApiExamples.PROBLEM_MALFORMED_JSON)}))
    @APIResponse(responseCode = "403", description = "The step is not the caller's",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "not the logging agent", value = ApiExamples.PROBLEM_NOT_YOUR_STEP),
                            @ExampleObject(name = "another team's escalation", value = ApiExamples.PROBLEM_NOT_YOUR_ESCALATION),
                            @ExampleObject(name = "role", value = ApiExamples.PROBLEM_ROLE)}))
    @APIResponse(responseCode = "404", description = "No complaint has this number, or there is no step called `key`",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "unknown complaint", value = ApiExamples.PROBLEM_UNKNOWN_COMPLAINT),
                            @ExampleObject(name = "unknown step", value = ApiExamples.PROBLEM_UNKNOWN_STEP)}))
    @APIResponse(responseCode = "409", description = "The step is not open now, or someone else changed the complaint first",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "step not open", value = ApiExamples.PROBLEM_STEP_NOT_OPEN),
                            @ExampleObject(name = "changed meanwhile", value = ApiExamples.PROBLEM_CHANGED_MEANWHILE)}))
    public ComplaintView complete(@Parameter(description = "the complaint's number", example = ApiExamples.NUMBER)
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
                    examples = @ExampleObject(name = "claimed", value = ApiExamples.COMPLAINT_ESCALATED)))
    @APIResponse(responseCode = "403",
            description = "Not a team lead of the complaint's team or a supervisor (a supervisor's escalation:"
                    + " not a supervisor)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "another team's escalation", value = ApiExamples.PROBLEM_NOT_YOUR_ESCALATION),
                            @ExampleObject(name = "role", value = ApiExamples.PROBLEM_ROLE)}))
    @APIResponse(responseCode = "404", description = "No complaint has this number",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown complaint", value = ApiExamples.PROBLEM_UNKNOWN_COMPLAINT)))
    @APIResponse(responseCode = "409", description = "The complaint is not escalated now, or another team lead claimed it first",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "not escalated", value = ApiExamples.PROBLEM_NOT_ESCALATED),
                            @ExampleObject(name = "claimed by another", value = ApiExamples.PROBLEM_ALREADY_CLAIMED)}))
    public ComplaintView claim(@Parameter(description = "the complaint's number", example = ApiExamples.NUMBER)
            @PathParam("number") String number) {
        return ComplaintView.of(escalations.claim(number, actor), queries.now());
    }

    @POST
    @Path("contact")
    @RolesAllowed({"TEAM_LEAD", "SUPERVISOR"})
    @Operation(summary = "Record the contact with the customer",
            description = "Records that the team lead or supervisor handling the escalation contacted the customer.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "contact", value = ApiExamples.CONTACT)))
    @APIResponse(responseCode = "200", description = "The complaint",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "contacted", value = ApiExamples.COMPLAINT_ESCALATED)))
    @APIResponse(responseCode = "400", description = "No note, or malformed JSON",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "no note", value = ApiExamples.PROBLEM_NOTE_MISSING),
                            @ExampleObject(name = "malformed JSON", value = ApiExamples.PROBLEM_MALFORMED_JSON)}))
    @APIResponse(responseCode = "403",
            description = "Not a team lead of the complaint's team or a supervisor (a supervisor's escalation:"
                    + " not a supervisor)",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "another team's escalation", value = ApiExamples.PROBLEM_NOT_YOUR_ESCALATION),
                            @ExampleObject(name = "role", value = ApiExamples.PROBLEM_ROLE)}))
    @APIResponse(responseCode = "404", description = "No complaint has this number",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown complaint", value = ApiExamples.PROBLEM_UNKNOWN_COMPLAINT)))
    @APIResponse(responseCode = "409", description = "The complaint is not escalated now",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not escalated", value = ApiExamples.PROBLEM_NOT_ESCALATED)))
    public ComplaintView contact(@Parameter(description = "the complaint's number", example = ApiExamples.NUMBER)
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
            examples = @ExampleObject(name = "documents asked for", value = ApiExamples.PAUSE)))
    @APIResponse(responseCode = "200", description = "The complaint, paused",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "paused", value = ApiExamples.COMPLAINT_PAUSED)))
    @APIResponse(responseCode = "400", description = "No reason or an unknown one",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "no reason", value = ApiExamples.PROBLEM_PAUSE_REASON)))
    @APIResponse(responseCode = "403", description = "Not the complaint's agent, a team lead of its team or a supervisor",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "role", value = ApiExamples.PROBLEM_ROLE)))
    @APIResponse(responseCode = "404", description = "No complaint has this number",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown complaint", value = ApiExamples.PROBLEM_UNKNOWN_COMPLAINT)))
    @APIResponse(responseCode = "409", description = "Paused already, or no reply clock runs for its agent",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "paused already", value = ApiExamples.PROBLEM_PAUSED_ALREADY)))
    public ComplaintView pause(@Parameter(description = "the complaint's number", example = ApiExamples.NUMBER)
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
            examples = @ExampleObject(name = "called back", value = ApiExamples.RESUME)))
    @APIResponse(responseCode = "200", description = "The complaint with its moved deadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "resumed", value = ApiExamples.COMPLAINT_RESUMED)))
    @APIResponse(responseCode = "400", description = "No `how`, or one a person cannot choose",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "malformed JSON", value = ApiExamples.PROBLEM_MALFORMED_JSON)))
    @APIResponse(responseCode = "403", description = "Not the complaint's agent, a team lead of its team or a supervisor",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "role", value = ApiExamples.PROBLEM_ROLE)))
    @APIResponse(responseCode = "404", description = "No complaint has this number",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown complaint", value = ApiExamples.PROBLEM_UNKNOWN_COMPLAINT)))
    @APIResponse(responseCode = "409", description = "The clock is not paused",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not paused", value = ApiExamples.PROBLEM_NOT_PAUSED)))
    public ComplaintView resume(@Parameter(description = "the complaint's number", example = ApiExamples.NUMBER)
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
            examples = @ExampleObject(name = "to complex", value = ApiExamples.RECLASSIFY)))
    @APIResponse(responseCode = "200", description = "The complaint with its new complexity and deadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "reclassified", value = ApiExamples.COMPLAINT_RECLASSIFIED)))
    @APIResponse(responseCode = "400", description = "No reason, an unknown complexity, or malformed JSON",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "no reason", value = ApiExamples.PROBLEM_REASON_MISSING),
                            @ExampleObject(name = "malformed JSON", value = ApiExamples.PROBLEM_MALFORMED_JSON)}))
    @APIResponse(responseCode = "403", description = "Not a team lead of the complaint's team or a supervisor",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "another team", value = ApiExamples.PROBLEM_NOT_YOUR_TEAM),
                            @ExampleObject(name = "role", value = ApiExamples.PROBLEM_ROLE)}))
    @APIResponse(responseCode = "404", description = "No complaint has this number",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown complaint", value = ApiExamples.PROBLEM_UNKNOWN_COMPLAINT)))
    @APIResponse(responseCode = "409", description = "`version` is not the complaint's, or it has no open reply deadline",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "version mismatch", value = ApiExamples.PROBLEM_VERSION_MISMATCH),
                            @ExampleObject(name = "no open deadline", value = ApiExamples.PROBLEM_NO_OPEN_DEADLINE)}))
    public ComplaintView reclassify(@Parameter(description = "the complaint's number", example = ApiExamples.NUMBER)
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
            examples = @ExampleObject(name = "rating", value = ApiExamples.RATING)))
    @APIResponse(responseCode = "200", description = "The complaint with its rating",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "rated", value = ApiExamples.COMPLAINT_RATED)))
    @APIResponse(responseCode = "400", description = "No rating or one outside 1 to 4, or malformed JSON",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "out of range", value = ApiExamples.PROBLEM_INVALID_RATING),
                            @ExampleObject(name = "malformed JSON", value = ApiExamples.PROBLEM_MALFORMED_JSON)}))
    @APIResponse(responseCode = "403", description = "Auditors do not record ratings",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "role", value = ApiExamples.PROBLEM_ROLE)))
    @APIResponse(responseCode = "404", description = "No complaint has this number",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "unknown complaint", value = ApiExamples.PROBLEM_UNKNOWN_COMPLAINT)))
    @APIResponse(responseCode = "409", description = "The complaint is not waiting for a rating",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not waiting", value = ApiExamples.PROBLEM_NOT_WAITING_FOR_RATING)))
    public ComplaintView rate(@Parameter(description = "the complaint's number", example = ApiExamples.NUMBER)
            @PathParam("number") String number, JsonStructure body) {
        return ComplaintView.of(steps.rate(number, JsonInput.read(body, Steps.Rating.class), actor), queries.now());
    }
}
