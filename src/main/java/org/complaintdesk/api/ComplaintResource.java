package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import org.complaintdesk.api.ApiViews.ComplaintView;
import org.complaintdesk.api.ApiViews.Page;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.ComplaintFilter;
import org.complaintdesk.complaint.ComplaintIntake;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.Complexity;
import org.complaintdesk.complaint.NewComplaint;
import org.complaintdesk.security.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/complaints: log a complaint; list and search them. One instance for all calls, the caller asked for on each
 * ({@link CurrentActor}): made anew for each call, with its interceptors, it cost a sixth of an intake's CPU.
 */
@Path("complaints")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR", "AUDITOR", "ADMIN"})
@Tag(name = "Complaints", description = "Log a complaint; search complaints")
public class ComplaintResource {

    @Inject
    ComplaintIntake intake;

    @Inject
    IntakeBulkhead bulkhead;

    @Inject
    ComplaintQueries queries;

    @Inject
    CurrentActor caller;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR"})
    @Operation(summary = "Log a complaint",
            description = "Logs a complaint and starts its process in one transaction (AGENT, TEAM_LEAD, SUPERVISOR)."
                    + " The caller is the logging agent; their team is the complaint's team. Required: channel,"
                    + " customerSurname, contactPhone, category, complexity, customerAccount.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {
                    @ExampleObject(name = "newComplaint"),
                    @ExampleObject(name = "newComplaintAboutAnAgent")}))
    @APIResponse(responseCode = "201", description = "Logged; `Location` is /api/complaints/{number}",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ComplaintView"),
                    examples = @ExampleObject(name = "complaintLogged")))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid (each named in `errors`), or malformed JSON",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemInvalidComplaint"),
                            @ExampleObject(name = "problemUnknownValue"),
                            @ExampleObject(name = "problemMalformedJson")}))
    @APIResponse(responseCode = "403", description = "Auditors and administrators do not log complaints",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    @APIResponse(responseCode = "503", description = "As many complaints are being logged as the desk takes at once; nothing stored."
            + " Send it again after `Retry-After` seconds", headers = @Header(name = "Retry-After", description = "seconds to wait",
            schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            examples = @ExampleObject(name = "problemBusy")))
    public Response log(JsonStructure body) {
        NewComplaint input = JsonInput.read(body, NewComplaint.class);
        Complaint complaint = bulkhead.admit(() -> intake.log(input, caller.actor()));
        return Response.created(uriInfo.getAbsolutePathBuilder().path(complaint.getNumber()).build())
                .entity(ComplaintView.of(complaint, queries.now())).build();
    }

    @GET
    @Operation(summary = "Search complaints",
            description = "Complaints matching every given filter, newest first, a page at a time (all roles).")
    @APIResponse(responseCode = "200", description = "One page of complaints and the total",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Page"),
                    examples = @ExampleObject(name = "complaintPage")))
    @APIResponse(responseCode = "400",
            description = "A filter has an unknown value, a time is not an ISO instant, or the size is out of range",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = {
                            @ExampleObject(name = "problemInvalidFilter"),
                            @ExampleObject(name = "problemInvalidInstant"),
                            @ExampleObject(name = "problemPageSize")}))
    public Page search(
            @Parameter(description = "OPEN, AWAITING_REPLY, ESCALATED, CLOSED or REOPENED", example = "AWAITING_REPLY")
            @QueryParam("status") String status,
            @Parameter(description = "team code", example = "NORTH") @QueryParam("team") String team,
            @Parameter(description = "a complaint category", example = "BILLING") @QueryParam("category") String category,
            @Parameter(description = "SIMPLE or COMPLEX", example = "SIMPLE") @QueryParam("complexity") String complexity,
            @Parameter(description = "true: only open complaints past their reply deadline", example = "true")
            @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "received at or after this instant", example = ApiParameters.FROM)
            @QueryParam("from") String from,
            @Parameter(description = "received before this instant", example = ApiParameters.TO) @QueryParam("to") String to,
            @Parameter(description = "the customer's contact phone, exactly as recorded", example = "13800138000")
            @QueryParam("phone") String phone,
            @Parameter(description = "the customer's surname, in any case", example = "Wang")
            @QueryParam("surname") String surname,
            @Parameter(description = "page number, from 0", example = "0") @QueryParam("page") @DefaultValue("0") int page,
            @Parameter(description = "page size, 1 to 200", example = "20") @QueryParam("size") @DefaultValue("20") int size) {
        ComplaintFilter filter = new ComplaintFilter(choice("status", status, ComplaintStatus.class), blankToNull(team),
                choice("category", category, Category.class), choice("complexity", complexity, Complexity.class),
                overdue, instant("from", from), instant("to", to), blankToNull(phone), blankToNull(surname));
        var result = queries.search(filter, page, size);
        Instant now = queries.now();
        return new Page(result.items().stream().map(c -> ComplaintView.of(c, now)).toList(), result.total(), page, size);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ComplaintException.invalid(field, "unknown value; one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return JsonInput.instant(value);
        } catch (IllegalArgumentException e) {
            throw ComplaintException.invalid(field, e.getMessage());
        }
    }
}
