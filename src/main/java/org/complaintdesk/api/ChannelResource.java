package org.complaintdesk.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import org.complaintdesk.api.ApiViews.ComplaintView;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.complaint.NewComplaint;
import org.complaintdesk.integration.ChannelIntake;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/channel/complaints: other systems (web form, chat, SMS gateway) log complaints with their
 * integration's API key; an Idempotency-Key makes a retry safe. Not behind the people's login: past the intake
 * bulkhead, {@link ChannelIntake#submit} checks the key, in the intake's transaction, before the body is read. One instance for all calls (nothing here belongs to a request): made
 * anew for each call, with its interceptors, it cost a sixth of an intake's CPU in the profile.
 */
@Path("channel/complaints")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels", description = "Intake and the satisfaction SMS for other systems, with an integration's API key")
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = ChannelResource.API_KEY_HEADER, description = "An integration's key, created by an administrator")
@SecurityRequirement(name = "apiKey")
public class ChannelResource {

    /** Found once: Json.createReader looks the provider up on every call (a service-loader search, seen in the profile). */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String API_KEY_HEADER = "X-Api-Key";
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";


    @Inject
    ChannelIntake intake;

    @Inject
    IntakeBulkhead bulkhead;

    @Inject
    ComplaintQueries queries;

    @Inject
    MetricRegistry metrics;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "logFromChannel", summary = "Log a complaint from another system",
            description = "The complaint goes to the least busy agent of the integration's team, who apologises and records it."
                    + " The channel must be the integration's. With an Idempotency-Key, a retry returns the first result"
                    + " (header Idempotent-Replayed: true) and never creates a second complaint.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "channelNewComplaint")))
    @APIResponse(responseCode = "201", description = "Logged (or replayed)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "ComplaintView"), examples = @ExampleObject(name = "channelLogged")))
    @APIResponse(responseCode = "400", description = "Invalid field, malformed JSON or Idempotency-Key", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "channelInvalid")))
    @APIResponse(responseCode = "401", description = "API key missing, unknown or revoked; nothing stored", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "channelUnauthorized")))
    @APIResponse(responseCode = "422", description = "Idempotency-Key used before with another request", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "channelReplayedKey")))
    @APIResponse(responseCode = "503", description = "As many complaints are being logged as the desk takes at once; nothing stored."
            + " Send it again after `Retry-After` seconds", headers = @Header(name = "Retry-After", description = "seconds to wait",
            schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
            examples = @ExampleObject(name = "problemBusy")))
    public Response log(
            @Parameter(in = ParameterIn.HEADER, name = API_KEY_HEADER, description = "the integration's API key", example = "cdk_k7p2qx9m_…")
            @HeaderParam(API_KEY_HEADER) String apiKey,
            @Parameter(in = ParameterIn.HEADER, name = IDEMPOTENCY_HEADER, description = "1-200 visible ASCII characters, new for each complaint",
                    example = "chat-7f3a9c2e-0001")
            @HeaderParam(IDEMPOTENCY_HEADER) String idempotencyKey,
            String body) {
        // the bulkhead first: under overload a refusal costs no database work, and an admitted call checks its key
        // in the transaction that logs the complaint
        ChannelIntake.Outcome outcome = bulkhead.admit(() -> {
            try {
                return intake.submit(apiKey, idempotencyKey, () -> input(idempotencyKey, body));
            } catch (RuntimeException collided) {
                if (idempotencyKey == null || collided instanceof ComplaintException) {
                    throw collided;
                }
                // the same key arrived twice at once and the other request won: this retry replays its result
                return intake.submit(apiKey, idempotencyKey, () -> input(idempotencyKey, body));
            }
        });
        metrics.counter(org.complaintdesk.operations.DeskMetrics.CHANNEL_COMPLAINTS, new org.eclipse.microprofile.metrics.Tag("integration", outcome.integration()),
                new org.eclipse.microprofile.metrics.Tag("replayed", String.valueOf(outcome.replayed()))).inc();
        var number = outcome.complaint().getNumber();
        return Response.created(UriBuilder.fromUri(uriInfo.getBaseUri()).path("complaints").path(number).build())
                .header("Idempotent-Replayed", outcome.replayed() ? "true" : null)
                .entity(ComplaintView.of(outcome.complaint(), queries.now())).build();
    }

    /** The request's complaint, checked once its key is: a 400 tells only an authenticated caller what was wrong. */
    private static NewComplaint input(String idempotencyKey, String body) {
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1,200}")) {
            throw ComplaintException.invalid(IDEMPOTENCY_HEADER, "must be 1 to 200 visible ASCII characters");
        }
        return JsonInput.read(parse(body), NewComplaint.class);
    }

    static jakarta.json.JsonStructure parse(String body) {
        if (body == null || body.isBlank()) {
            throw ComplaintException.invalid("body", "a JSON object is required");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return reader.read();
        }
    }
}
