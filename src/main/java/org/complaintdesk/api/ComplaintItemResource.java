package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.annotation.Timed;
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
import org.complaintdesk.complaint.ComplaintSteps;
import org.complaintdesk.complaint.Steps;
import org.complaintdesk.security.Actor;
import org.complaintdesk.workflow.ComplaintProcess;

/**
 * /api/complaints/{number}: one complaint, its open steps and history, and the steps people take on it.
 * Auditors read; none of the steps is theirs.
 */
@Path("complaints/{number}")
@RequestScoped
@Timed(description = "Time to answer this API call")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR", "AUDITOR", "ADMIN"})
public class ComplaintItemResource {

    @Inject
    ComplaintSteps steps;

    @Inject
    EscalationSteps escalations;

    @Inject
    ComplaintQueries queries;

    @Inject
    Actor actor;

    @GET
    public ComplaintView get(@PathParam("number") String number) {
        return ComplaintView.of(queries.get(number), queries.now());
    }

    @GET
    @Path("tasks")
    public List<TaskView> tasks(@PathParam("number") String number) {
        return queries.openTasks(number).stream().map(TaskView::of).toList();
    }

    @GET
    @Path("history")
    public List<HistoryView> history(@PathParam("number") String number) {
        return queries.history(number).stream().map(HistoryView::of).toList();
    }

    @POST
    @Path("tasks/{key}")
    @RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR"})
    public ComplaintView complete(@PathParam("number") String number, @PathParam("key") String key, JsonStructure body) {
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
    public ComplaintView claim(@PathParam("number") String number) {
        return ComplaintView.of(escalations.claim(number, actor), queries.now());
    }

    @POST
    @Path("contact")
    @RolesAllowed({"TEAM_LEAD", "SUPERVISOR"})
    public ComplaintView contact(@PathParam("number") String number, JsonStructure body) {
        return ComplaintView.of(escalations.recordContact(number, JsonInput.read(body, Steps.Contact.class), actor), queries.now());
    }

    @POST
    @Path("reclassify")
    @RolesAllowed({"TEAM_LEAD", "SUPERVISOR"})
    public ComplaintView reclassify(@PathParam("number") String number, JsonStructure body) {
        return ComplaintView.of(escalations.reclassify(number, JsonInput.read(body, Steps.Reclassification.class), actor), queries.now());
    }

    @POST
    @Path("rating")
    @RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR", "ADMIN"})
    public ComplaintView rate(@PathParam("number") String number, JsonStructure body) {
        return ComplaintView.of(steps.rate(number, JsonInput.read(body, Steps.Rating.class), actor), queries.now());
    }
}
