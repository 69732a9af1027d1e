package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.complaintdesk.accesstoken.PersonalTokens;
import org.complaintdesk.security.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/admin/access-tokens: administrators list everybody's personal access tokens and revoke any of them. */
@Path("admin/access-tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration", description = "For administrators")
public class AdminAccessTokenResource {

    @Inject
    PersonalTokens tokens;

    @Inject
    Actor actor;

    @GET
    @Operation(operationId = "listAccessTokens",
            summary = "Everybody's personal access tokens", description = "Revoked and expired ones included; never their secrets.")
    @APIResponse(responseCode = "200", description = "The tokens by owner", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenView[].class),
            examples = @ExampleObject(name = "tokenAllList")))
    public List<TokenView> list() {
        return tokens.listAll(actor).stream().map(TokenView::of).toList();
    }

    @POST
    @Path("{prefix}/revoke")
    @Operation(operationId = "revokeAccessToken",
            summary = "Revoke anybody's personal access token", description = "Refused from now on; the record stays.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenView.class),
            examples = @ExampleObject(name = "tokenRevoked")))
    @APIResponse(responseCode = "404", description = "No such token", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            examples = @ExampleObject(name = "tokenUnknown")))
    @APIResponse(responseCode = "409", description = "Revoked already", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            examples = @ExampleObject(name = "tokenRevokedTwice")))
    public TokenView revoke(@Parameter(description = "the token's prefix as lists show it", example = "cdp_m4x8qz2k")
            @PathParam("prefix") String prefix) {
        return TokenView.of(tokens.revokeAny(prefix, actor));
    }
}
