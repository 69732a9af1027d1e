package org.complaintdesk.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.integration.IntegrationKey;
import org.complaintdesk.integration.IntegrationKeys;
import org.complaintdesk.integration.RatingSms;
import org.complaintdesk.integration.SatisfactionSms;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * /api/channel/sms: the SMS gateway fetches the satisfaction questions to send, says which it took, and
 * passes the customers' answers back. Only a key of an SMS integration is accepted.
 */
@Path("channel/sms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Channels")
@SecurityRequirement(name = "apiKey")
public class SmsResource {

    /** A question to send. */
    public record OutgoingSms(String reference, String phone, String text, Instant createdAt) {

        static OutgoingSms of(RatingSms sms) {
            return new OutgoingSms(sms.getReference(), sms.getPhone(), sms.getText(), sms.getCreatedAt());
        }
    }

    public record Outbox(List<OutgoingSms> messages) {
    }

    public record HandedOver(String reference, Instant handedOverAt) {
    }

    @Inject
    IntegrationKeys keys;

    @Inject
    SatisfactionSms sms;

    @Inject
    MetricRegistry metrics;

    @GET
    @Path("outbox")
    @Operation(summary = "Questions waiting to be sent", description = "Oldest first; each stays here until the gateway says it took it.")
    @APIResponse(responseCode = "200", description = "The waiting questions", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Outbox.class),
            examples = @ExampleObject(name = "channelOutbox")))
    @APIResponse(responseCode = "401", description = "API key missing, unknown or revoked", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "channelUnauthorized")))
    public Outbox outbox(@HeaderParam(ChannelResource.API_KEY_HEADER) String apiKey,
            @Parameter(description = "at most this many (1-500)", example = "100") @QueryParam("max") @DefaultValue("100") int max) {
        gateway(apiKey);
        if (max < 1 || max > 500) {
            throw ComplaintException.invalid("max", "must lie between 1 and 500");
        }
        return new Outbox(sms.pending(max).stream().map(OutgoingSms::of).toList());
    }

    @POST
    @Path("outbox/{reference}/handed-over")
    @Operation(summary = "The gateway took a question for sending", description = "Saying so twice is harmless.")
    @APIResponse(responseCode = "200", description = "Taken off the outbox", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HandedOver.class),
            examples = @ExampleObject(name = "channelHandedOver")))
    @APIResponse(responseCode = "404", description = "No question has this reference", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "channelUnknownSms")))
    @APIResponse(responseCode = "401", description = "API key missing, unknown or revoked", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "channelUnauthorized")))
    public HandedOver handedOver(@HeaderParam(ChannelResource.API_KEY_HEADER) String apiKey,
            @Parameter(description = "the question's reference", example = "K7P2QX") @PathParam("reference") String reference) {
        gateway(apiKey);
        RatingSms taken = sms.handedOver(reference);
        return new HandedOver(taken.getReference(), taken.getHandedOverAt());
    }

    @POST
    @Path("replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A customer's answer to a question",
            description = "A digit 1-4 to an open question is recorded as the complaint's rating (4 reopens it, 3 opens a quality"
                    + " review). Unknown references, late, duplicate and non-digit answers are answered 200 with their outcome,"
                    + " change nothing, and are kept with that outcome. A malformed callback gets 400 and is not kept.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "channelSmsReply")))
    @APIResponse(responseCode = "200", description = "What became of the answer", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = {@ExampleObject(name = "channelSmsRecorded"),
                @ExampleObject(name = "channelSmsLate")}))
    @APIResponse(responseCode = "400", description = "Malformed callback: not JSON, reference or text missing", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "channelSmsMalformed")))
    @APIResponse(responseCode = "401", description = "API key missing, unknown or revoked", content = @Content(
            mediaType = ProblemMapper.PROBLEM_JSON, examples = @ExampleObject(name = "channelUnauthorized")))
    public SatisfactionSms.Answer reply(@HeaderParam(ChannelResource.API_KEY_HEADER) String apiKey, String body) {
        IntegrationKey gateway = gateway(apiKey);
        SatisfactionSms.Answer answer = sms.reply(JsonInput.read(ChannelResource.parse(body), SatisfactionSms.Reply.class), gateway);
        metrics.counter(org.complaintdesk.operations.DeskMetrics.SMS_REPLIES, new org.eclipse.microprofile.metrics.Tag("outcome", answer.outcome().name())).inc();
        return answer;
    }

    private IntegrationKey gateway(String apiKey) {
        IntegrationKey integration = keys.authenticate(apiKey);
        if (integration.getChannel() != Channel.SMS) {
            throw ComplaintException.notAllowed("This key belongs to a " + integration.getChannel() + " integration, not the SMS gateway");
        }
        return integration;
    }
}
