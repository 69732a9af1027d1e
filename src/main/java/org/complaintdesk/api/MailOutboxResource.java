package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.notification.MailOutbox;
import org.complaintdesk.notification.MailSettings;
import org.complaintdesk.notification.OutboxMail;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** /api/admin/mail-outbox: the alert e-mails waiting, sent or given up, for administrators; read-only. */
@Path("admin/mail-outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("ADMIN")
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Administration", description = "For administrators")
public class MailOutboxResource {

    private static final int LIMIT = 100;

    /** One e-mail of the outbox (its body is left out). */
    public record MailView(long id, String recipient, String subject, Instant createdAt, int attempts, Instant nextAttemptAt,
            Instant sentAt, String lastError) {

        static MailView of(OutboxMail m) {
            return new MailView(m.getId(), m.getRecipient(), m.getSubject(), m.getCreatedAt(), m.getAttempts(),
                    m.getNextAttemptAt(), m.getSentAt(), m.getLastError());
        }
    }

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    @GET
    @Operation(summary = "The alert e-mails in the outbox, newest first (at most 100)",
            description = "pending: not sent yet and still retried (attempts and lastError show failed tries); sent: delivered"
                    + " to the SMTP server; failed: given up after desk.mail.max-attempts. Without a status: all.")
    @APIResponse(responseCode = "200", description = "The mails",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MailView[].class),
                    examples = @ExampleObject(name = "mailOutboxAMailWaitingForItsRetry")))
    @APIResponse(responseCode = "400", description = "An unknown status",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public List<MailView> mails(@Parameter(description = "pending, sent or failed; none: every mail",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"pending", "sent", "failed"}))
            @QueryParam("status") String status) {
        return outbox.newest(status(status), settings.maxAttempts(), LIMIT).stream().map(MailView::of).toList();
    }

    private static MailOutbox.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return MailOutbox.Status.named(value).orElseThrow(() -> ComplaintException.invalid("status", "one of pending, sent, failed"));
    }
}
