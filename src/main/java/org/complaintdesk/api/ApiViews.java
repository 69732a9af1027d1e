package org.complaintdesk.api;

import java.time.Instant;
import java.util.List;
import org.complaintdesk.complaint.Alert;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.HistoryEntry;
import org.complaintdesk.workflow.ProcessTasks.OpenTask;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The API's JSON shapes (records serialised by JSON-B), built from the services' objects. */
public final class ApiViews {

    private ApiViews() {
    }

    public record ComplaintView(String number, long version, Instant receivedAt, String channel, String customerSurname,
            String formOfAddress, String contactPhone, String contactEmail, String accountOrOrderNumber, String category,
            String complexity, String customerAccount, String keyProblem, String desiredResolution,
            String complainedEmployeeNumber, String loggingAgent, String team, String status, Instant replyDeadline,
            Integer policyVersion, Instant pausedSince, long pausedSeconds, Instant repliedAt, String reply, String replyChannel, Boolean customerUnderstood, String resolution,
            int escalationLevel, Integer rating, String sla, Integer minutesLate, Instant closedAt, String customerLanguage) {

        static ComplaintView of(Complaint c, Instant now) {
            return new ComplaintView(c.getNumber(), c.getVersion(), c.getReceivedAt(), c.getChannel().name(),
                    c.getCustomerSurname(), c.getFormOfAddress(), c.getContactPhone(), c.getContactEmail(),
                    c.getAccountOrOrderNumber(), c.getCategory().name(), c.getComplexity().name(), c.getCustomerAccount(),
                    c.getKeyProblem(), c.getDesiredResolution(), c.getComplainedEmployeeNumber(), c.getLoggingAgent(),
                    c.getTeamCode(), c.getStatus().name(), c.getReplyDeadline(), c.getPolicyVersion(), c.getPausedSince(), c.getPausedSeconds(), c.getRepliedAt(), c.getReply(),
                    c.getReplyChannel() == null ? null : c.getReplyChannel().name(), c.getCustomerUnderstood(),
                    c.getResolution(), c.getEscalationLevel(), c.getRating(), c.slaState(now).name(), c.getMinutesLate(),
                    c.getClosedAt(), c.getCustomerLanguage().name());
        }
    }

    public record Page(List<ComplaintView> items, long total, int page, int size) {
    }

    public record TaskView(String key, String name, String assignee, String candidateGroup, Instant due) {

        static TaskView of(OpenTask task) {
            return new TaskView(task.key(), task.name(), task.assignee(), task.candidateGroup(), task.due());
        }
    }

    public record HistoryView(int seqNo, Instant at, String actor, String action, String changes, String reason) {

        static HistoryView of(HistoryEntry entry) {
            return new HistoryView(entry.getSeqNo(), entry.getAt(), entry.getActor(), entry.getAction(), entry.getChanges(),
                    entry.getReason());
        }
    }

    /** The body of every error (application/problem+json, RFC 9457) as {@link ProblemMapper} writes it; for /openapi. */
    @Schema(name = "Problem", description = "An error (RFC 9457); `errors` names each bad field, absent when none")
    public record Problem(String type, String title, int status, String detail, List<ProblemField> errors) {
    }

    /** One bad field of a {@link Problem}. */
    public record ProblemField(String field, String message) {
    }

    public record AlertView(Long id, String complaintNumber, String kind, String recipient, String recipientRole,
            String team, Instant raisedAt, String message, boolean read) {

        /** {@code read}: read by the caller (each reader marks a role's alert for themselves). */
        static AlertView of(ComplaintQueries.InboxAlert seen) {
            Alert alert = seen.alert();
            return new AlertView(alert.getId(), alert.getComplaintNumber(), alert.getKind().name(), alert.getRecipient(),
                    alert.getRecipientRole(), alert.getTeamCode(), alert.getRaisedAt(), alert.getMessage(), seen.read());
        }
    }
}
