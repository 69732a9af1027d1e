package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.UserRepository;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/me: who the caller is, for clients to show and check their login. */
@Path("me")
@RequestScoped
@RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR", "AUDITOR", "ADMIN"})
@Tag(name = "Me", description = "Who the caller is")
public class MeResource {

    /** The caller as the API shows them. */
    public record Me(String username, String employeeNumber, String role, String team) {
    }

    @Inject
    SecurityContext securityContext;

    @Inject
    UserRepository users;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Who am I",
            description = "The caller's user name, employee number, role and team (absent for a user without a team);"
                    + " for clients to show and check their login.")
    @APIResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "Me"),
                    examples = @ExampleObject(name = "me")))
    public Me me() {
        DeskUser user = users.findByUsername(securityContext.getCallerPrincipal().getName())
                .orElseThrow(NotFoundException::new);
        return new Me(user.getUsername(), user.getEmployeeNumber(), user.getRole().name(),
                user.getTeam() == null ? null : user.getTeam().getCode());
    }
}
