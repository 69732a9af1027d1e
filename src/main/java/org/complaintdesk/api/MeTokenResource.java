package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.complaintdesk.accesstoken.PersonalTokens;
import org.complaintdesk.complaint.ComplaintException;
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
 * /api/me/tokens: a person creates personal access tokens for their API clients (each shown once), lists and revokes
 * their own. Creating one needs the password: a token cannot make more tokens that would outlive its revocation.
 */
@Path("me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR", "AUDITOR", "ADMIN"})
@Tag(name = "Me", description = "Who the caller is")
public class MeTokenResource {

    /** A new token with its secret: the only answer that ever carries it. */
    public record CreatedTokenView(TokenView token, String secret) {
    }

    @Inject
    PersonalTokens tokens;

    @Inject
    Actor actor;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listMyTokens",
            summary = "My personal access tokens", description = "Revoked and expired ones included; never their secrets.")
    @APIResponse(responseCode = "200", description = "The caller's tokens, newest first", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenView[].class),
            examples = @ExampleObject(name = "tokenOwnList")))
    public List<TokenView> list() {
        return tokens.listOwn(actor).stream().map(TokenView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMyToken", summary = "Create a personal access token",
            description = "Send it as `Authorization: Bearer cdp_...` instead of the password. The answer carries the token once;"
                    + " only its hash is kept. Without `expiresAt` it is valid until revoked. Needs the password (HTTP Basic)"
                    + " or the login page's session, not a token.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "tokenNewToken")))
    @APIResponse(responseCode = "201", description = "Created; copy the secret now", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "tokenCreated")))
    @APIResponse(responseCode = "400", description = "Invalid name or expiry, or a token of this name exists", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "tokenInvalidExpiry")))
    @APIResponse(responseCode = "403", description = "Sent with a token instead of the password", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "tokenNotWithAToken")))
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonStructure body) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw ComplaintException.notAllowed("A personal access token cannot create tokens; log in with your password (HTTP Basic) to create one");
        }
        PersonalTokens.CreatedToken created = tokens.create(JsonInput.read(body, PersonalTokens.NewToken.class), actor);
        return Response.created(uriInfo.getAbsolutePathBuilder().path("cdp_" + created.token().getTokenPrefix()).build())
                .entity(new CreatedTokenView(TokenView.of(created.token()), created.secret())).build();
    }

    @POST
    @Path("{prefix}/revoke")
    @Operation(operationId = "revokeMyToken",
            summary = "Revoke one of my personal access tokens", description = "Refused from now on; the record stays.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TokenView.class),
            examples = @ExampleObject(name = "tokenRevoked")))
    @APIResponse(responseCode = "404", description = "The caller has no such token", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            examples = @ExampleObject(name = "tokenUnknown")))
    @APIResponse(responseCode = "409", description = "Revoked already", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            examples = @ExampleObject(name = "tokenRevokedTwice")))
    public TokenView revoke(@Parameter(description = "the token's prefix as lists show it", example = "cdp_m4x8qz2k")
            @PathParam("prefix") String prefix) {
        return TokenView.of(tokens.revokeOwn(prefix, actor));
    }
}
