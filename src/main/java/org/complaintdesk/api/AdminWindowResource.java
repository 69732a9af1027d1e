package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.admin.AdminInput.WindowInput;
import org.complaintdesk.admin.SettingsAdministration;
import org.complaintdesk.security.Actor;
import org.complaintdesk.sla.SlaPolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/admin/windows: administrators change the deadline windows, as on the settings screen. Each change makes the next
 * SLA policy version, which holds the complaints received from then on.
 */
@Path("admin/windows")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration", description = "For administrators")
public class AdminWindowResource {

    /** A window: its configured default, the administrators' change if any, and the value in force. */
    public record WindowView(String name, String configured, String changed, Instant changedAt, String changedBy, String current) {
    }

    /** The windows and the policy version new complaints are held to. */
    public record WindowsView(int policyVersion, List<WindowView> windows) {
    }

    @Inject
    SettingsAdministration settings;

    @Inject
    Actor actor;

    private WindowsView view(SlaPolicy inForce) {
        return new WindowsView(inForce.version(), settings.windows().stream().map(w -> new WindowView(w.name(), w.configured(),
                w.changed(), w.changedAt(), w.changedBy(), w.current())).toList());
    }

    @GET
    @Operation(operationId = "listWindows", summary = "The deadline windows and the SLA policy version in force")
    @APIResponse(responseCode = "200", description = "The windows", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WindowsView.class),
            examples = @ExampleObject(name = "policyWindows")))
    public WindowsView list() {
        return view(settings.policyInForce());
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeWindow", summary = "Change a deadline window",
            description = "A positive ISO-8601 duration (PT2H), or for desk.sla.warning-share a number between 0 and 1."
                    + " Makes the next SLA policy version; complaints received before keep theirs for every deadline.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "policyWindowInput")))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WindowsView.class),
            examples = @ExampleObject(name = "policyWindows")))
    @APIResponse(responseCode = "400", description = "The value does not read; nothing changed", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
            examples = @ExampleObject(name = "policyBadWindow")))
    @APIResponse(responseCode = "404", description = "No window has this name", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
            examples = @ExampleObject(name = "policyUnknownWindow")))
    public WindowsView change(@Parameter(description = "the window's name", example = "desk.sla.complex-window") @PathParam("name") String name,
            JsonStructure body) {
        return view(settings.changeWindow(name, JsonInput.read(body, WindowInput.class).value(), actor));
    }

    @DELETE
    @Path("{name}")
    @Operation(operationId = "resetWindow", summary = "Put a deadline window back to its configured default",
            description = "Makes the next SLA policy version, as a change does.")
    @APIResponse(responseCode = "200", description = "Back to the default", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WindowsView.class),
            examples = @ExampleObject(name = "policyWindows")))
    @APIResponse(responseCode = "404", description = "No window has this name", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
            examples = @ExampleObject(name = "policyUnknownWindow")))
    @APIResponse(responseCode = "409", description = "The window has its configured value already", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
            examples = @ExampleObject(name = "policyNotChanged")))
    public WindowsView reset(@Parameter(description = "the window's name", example = "desk.sla.complex-window") @PathParam("name") String name) {
        return view(settings.resetWindow(name, actor));
    }
}
