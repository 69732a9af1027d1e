package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.complaintdesk.admin.AdminInput.CalendarInput;
import org.complaintdesk.admin.CalendarAdministration;
import org.complaintdesk.admin.CalendarAdministration.CalendarWithTeams;
import org.complaintdesk.security.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/admin/calendars: administrators keep the business calendars and choose the teams that count in each. */
@Path("admin/calendars")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration", description = "For administrators")
public class AdminCalendarResource {

    /** A calendar as administrators wrote it, with the teams whose reply windows count in it. */
    public record CalendarView(String code, String name, String timeZone, String week, String days, List<String> teams) {

        static CalendarView of(CalendarWithTeams c) {
            return new CalendarView(c.calendar().getCode(), c.calendar().getName(), c.calendar().getTimeZone(), c.calendar().getWeek(),
                    c.calendar().getDays(), c.teams());
        }
    }

    @Inject
    CalendarAdministration calendars;

    @Inject
    Actor actor;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listCalendars", summary = "Every business calendar, with the teams that count in it")
    @APIResponse(responseCode = "200", description = "The calendars", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarView[].class),
            examples = @ExampleObject(name = "calendarList")))
    public List<CalendarView> list() {
        return calendars.calendars(actor).stream().map(CalendarView::of).toList();
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getCalendar", summary = "One business calendar")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarView.class),
            examples = @ExampleObject(name = "calendarOffice")))
    @APIResponse(responseCode = "404", description = "No such calendar", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            examples = @ExampleObject(name = "calendarUnknown")))
    public CalendarView get(@Parameter(description = "the calendar's code", example = "OFFICE") @PathParam("code") String code) {
        return CalendarView.of(calendars.calendar(code, actor));
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create or change a business calendar and choose its teams",
            description = "The week is one line per weekday or run of weekdays with the day's stretches; the days are the "
                    + "holidays (休) and make-up working days (班), one date or range per line, as the State Council's notice "
                    + "lists them. The listed teams count their new reply windows in this calendar; a team that counted in it "
                    + "and is not listed goes back to round-the-clock time. Deadlines already set keep their time.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "calendarOfficeInput")))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarView.class),
            examples = @ExampleObject(name = "calendarOffice")))
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarView.class),
            examples = @ExampleObject(name = "calendarOffice")))
    @APIResponse(responseCode = "400", description = "A field does not read as a calendar; nothing changed", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "calendarBadDays")))
    public Response put(@Parameter(description = "the calendar's code", example = "OFFICE") @PathParam("code") String code,
            JsonStructure body) {
        CalendarAdministration.Saved saved = calendars.save(code, JsonInput.read(body, CalendarInput.class), actor);
        CalendarView view = CalendarView.of(saved.calendar());
        return saved.created() ? Response.created(uriInfo.getAbsolutePath()).entity(view).build() : Response.ok(view).build();
    }
}
