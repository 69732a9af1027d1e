package org.complaintdesk.complaint;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.complaintdesk.workflow.ComplaintProcess.Decision;

/** The data each step of the process takes, as records validated before anything changes. */
public final class Steps {

    private Steps() {
    }

    /** What the agent chose at the end of apologise-and-record. */
    public enum Outcome { RESOLVED, NEEDS_REPLY, ESCALATE }

    public record Apology(
            @NotNull Boolean apologyOffered,
            @NotNull Boolean apologyAccepted,
            @Size(max = 4000) String restatement,
            @Size(max = 300) String keyProblem,
            @NotNull Boolean contactConfirmed,
            @NotNull Complexity complexity,
            @NotNull Outcome outcome,
            @Size(max = 4000) String resolution) {

        @AssertTrue(message = "resolution: required when the outcome is RESOLVED")
        public boolean isResolutionGivenWhenResolved() {
            return outcome != Outcome.RESOLVED || (resolution != null && !resolution.isBlank());
        }

        // a complaint resolved on the spot closes as met: only after the apology and with the complaint restated (§19)
        @AssertTrue(message = "apologyOffered: the apology comes before a complaint is resolved on the spot")
        public boolean isApologisedWhenResolved() {
            return outcome != Outcome.RESOLVED || Boolean.TRUE.equals(apologyOffered);
        }

        @AssertTrue(message = "restatement: required when the outcome is RESOLVED")
        public boolean isRestatedWhenResolved() {
            return outcome != Outcome.RESOLVED || (restatement != null && !restatement.isBlank());
        }

        @AssertTrue(message = "apologyAccepted: an apology that was not offered cannot be accepted")
        public boolean isAcceptedOnlyWhenOffered() {
            return !Boolean.TRUE.equals(apologyAccepted) || Boolean.TRUE.equals(apologyOffered);
        }
    }

    public record Reply(
            @NotBlank @Size(max = 4000) String reply,
            @NotNull Channel replyChannel,
            @NotNull Boolean customerUnderstood) {
    }

    public record LeadDecision(
            @NotNull Decision decision,
            @Size(max = 4000) String reply,
            Channel replyChannel,
            Boolean customerUnderstood,
            @Size(max = 1000) String instruction) {

        @AssertTrue(message = "reply, replyChannel, customerUnderstood: required when the decision is REPLIED")
        public boolean isReplyGivenWhenReplied() {
            return decision != Decision.REPLIED
                    || (reply != null && !reply.isBlank() && replyChannel != null && customerUnderstood != null);
        }

        @AssertTrue(message = "instruction: required when the decision is HAND_BACK")
        public boolean isInstructionGivenWhenHandedBack() {
            return decision != Decision.HAND_BACK || (instruction != null && !instruction.isBlank());
        }
    }

    public record SuggestionForward(@NotBlank @Size(max = 200) String forwardedTo, @Size(max = 1000) String note) {
    }

    public record QualityReview(@NotBlank @Size(max = 2000) String findings) {
    }

    public record Contact(@NotBlank @Size(max = 1000) String note) {
    }

    public record Reclassification(@NotNull Complexity complexity, @NotBlank @Size(max = 1000) String reason, Long version) {
    }

    /** Stops the reply clock while the desk waits for the customer. */
    public record PauseInput(@NotNull PauseReason reason, @Size(max = 1000) String note) {
    }

    /** Lets the reply clock run again: RESUMED, or CUSTOMER_CALLED_BACK. */
    public record ResumeInput(@NotNull Resumption how, @Size(max = 1000) String note) {
    }

    /** A team lead hands complaints of the team to another agent of the team (shift end, absence, overload). */
    public record HandOverInput(@NotEmpty @Size(max = 200) List<@NotBlank String> numbers, @NotBlank String to,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record Rating(@NotNull @Min(1) @Max(4) Integer rating) {
    }
}
