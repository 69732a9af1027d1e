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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.integration.IntegrationKey;
import org.complaintdesk.integration.IntegrationKeys;
import org.complaintdesk.security.Actor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/admin/api-keys: administrators create (the key is shown once), list and revoke integrations' keys. */
@Path("admin/api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@Tag(name = "Administration", description = "For administrators")
public class AdminApiKeyResource {

    /** A key as lists show it: never its secret. */
    public record KeyView(String name, String channel, String team, String keyPrefix, Instant createdAt, String createdBy,
            Instant revokedAt, String revokedBy, Instant lastUsedAt) {

        static KeyView of(IntegrationKey k) {
            return new KeyView(k.getName(), k.getChannel().name(), k.getTeamCode(), "cdk_" + k.getKeyPrefix(), k.getCreatedAt(),
                    k.getCreatedBy(), k.getRevokedAt(), k.getRevokedBy(), k.getLastUsedAt());
        }
    }

    /** A new key with its secret: the only answer that ever carries it. */
    public record CreatedKeyView(KeyView integration, String apiKey) {
    }

    @Inject
    IntegrationKeys keys;

    @Inject
    Actor actor;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listApiKeys", summary = "Every integration's key, revoked ones included")
    @APIResponse(responseCode = "200", description = "The keys, without secrets", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KeyView[].class),
            examples = @ExampleObject(name = "channelKeyList")))
    public List<KeyView> list() {
        return keys.list().stream().map(KeyView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey",
            summary = "Create an integration's key", description = "The answer carries the key once; only its hash is kept.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "channelNewKey")))
    @APIResponse(responseCode = "201", description = "Created; copy the key now", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "channelCreatedKey")))
    @APIResponse(responseCode = "400", description = "Invalid name, channel or team, or the name is taken", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "channelNameTaken")))
    public Response create(JsonStructure body) {
        IntegrationKeys.CreatedKey created = keys.create(JsonInput.read(body, IntegrationKeys.NewIntegration.class), actor);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.integration().getName()).build())
                .entity(new CreatedKeyView(KeyView.of(created.integration()), created.apiKey())).build();
    }

    @POST
    @Path("{name}/revoke")
    @Operation(operationId = "revokeApiKey",
            summary = "Revoke an integration's key", description = "Refused from now on; the record stays.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = KeyView.class),
            examples = @ExampleObject(name = "channelRevokedKey")))
    @APIResponse(responseCode = "409", description = "Revoked already", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            examples = @ExampleObject(name = "channelRevokedTwice")))
    public KeyView revoke(@Parameter(description = "the integration's name", example = "sms-gateway") @PathParam("name") String name) {
        return KeyView.of(keys.revoke(name, actor));
    }
}
