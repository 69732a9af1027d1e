package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.annotation.Timed;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
import org.complaintdesk.security.Actor;

/** /api/complaints: log a complaint; list and search them. */
@Path("complaints")
@RequestScoped
@Timed(description = "Time to answer this API call")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR", "AUDITOR", "ADMIN"})
public class ComplaintResource {

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintQueries queries;

    @Inject
    Actor actor;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR"})
    public Response log(JsonStructure body) {
        Complaint complaint = intake.log(JsonInput.read(body, NewComplaint.class), actor);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(complaint.getNumber()).build())
                .entity(ComplaintView.of(complaint, queries.now())).build();
    }

    @GET
    public Page search(@QueryParam("status") String status, @QueryParam("team") String team,
            @QueryParam("category") String category, @QueryParam("complexity") String complexity,
            @QueryParam("overdue") Boolean overdue, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("phone") String phone, @QueryParam("surname") String surname,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
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
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ComplaintException.invalid(field, "must be an ISO-8601 instant such as 2026-11-23T00:00:00Z");
        }
    }
}
