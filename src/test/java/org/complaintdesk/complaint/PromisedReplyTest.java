package org.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.complaintdesk.sla.ComplianceSummary;
import org.complaintdesk.sla.ReplyWindow;
import org.junit.jupiter.api.Test;

/** The promised reply and its SLA outcome: the complaint's embedded rules, without a container. */
class PromisedReplyTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-23T01:00:00Z");
    private static final Instant DEADLINE = RECEIVED.plus(Duration.ofHours(2));

    private static Complaint billing() {
        Complaint complaint = new Complaint(new NewComplaint(Channel.PHONE, "Wang", null, "13800138000", null, null,
                Category.BILLING, Complexity.SIMPLE, "Charged twice", null, null, null, null), RECEIVED, "agent1", "NORTH");
        complaint.openReplyWindow(new ReplyWindow(RECEIVED.plus(Duration.ofHours(1)), DEADLINE));
        return complaint;
    }

    @Test
    void aPausedClockIsNotOverduePastTheDeadline() {
        PromisedReply reply = billing().getPromisedReply();
        reply.pause(RECEIVED.plus(Duration.ofMinutes(30)));
        assertThat(reply.isPaused()).isTrue();
        assertThat(reply.state(DEADLINE.plus(Duration.ofHours(5)))).isEqualTo(SlaState.PENDING);
    }

    @Test
    void resumingCountsThePausedTimeAcrossPauses() {
        PromisedReply reply = billing().getPromisedReply();
        reply.pause(RECEIVED);
        reply.resume(Duration.ofMinutes(20));
        reply.pause(RECEIVED.plus(Duration.ofHours(1)));
        reply.resume(Duration.ofMinutes(10));
        assertThat(reply.isPaused()).isFalse();
        assertThat(reply.pausedSeconds()).isEqualTo(Duration.ofMinutes(30).getSeconds());
        assertThat(reply.state(DEADLINE.plusSeconds(1))).isEqualTo(SlaState.OVERDUE);
    }

    @Test
    void reopeningForgetsTheEarlierReplyAndItsOutcome() {
        Complaint complaint = billing();
        complaint.recordReply("refund", Channel.PHONE, true, DEADLINE.plusSeconds(600));
        assertThat(complaint.getSlaMet()).isFalse();
        complaint.reopen();
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.REOPENED);
        assertThat(complaint.getSlaMet()).isNull();
        assertThat(complaint.getMinutesLate()).isNull();
        assertThat(complaint.getRepliedAt()).isNull();
    }

    @Test
    void aResolutionOnTheSpotIsTheReplyGivenThen() {
        Complaint complaint = billing();
        complaint.resolveOnSpot("Refunded at once", RECEIVED.plus(Duration.ofMinutes(5)));
        assertThat(complaint.getReply()).isEqualTo("Refunded at once");
        assertThat(complaint.getReplyChannel()).isEqualTo(Channel.PHONE);
        assertThat(complaint.slaState(DEADLINE.plus(Duration.ofDays(1)))).isEqualTo(SlaState.MET);
    }

    @Test
    void aComplaintCountsAsRepliedLateWithItsPausesInTheSummary() {
        Complaint complaint = billing();
        complaint.getPromisedReply().pause(RECEIVED);
        complaint.getPromisedReply().resume(Duration.ofMinutes(15));
        complaint.recordReply("refund", Channel.EMAIL, true, DEADLINE.plusSeconds(1));
        assertThat(ComplaintCounts.counted(complaint)).isEqualTo(new ComplianceSummary.Change(1, 1, 0, 1, 1, 900));
        assertThat(ComplaintCounts.dimensions(complaint))
                .isEqualTo(new ComplianceSummary.Dimensions("NORTH", "agent1", "BILLING", "SIMPLE", "PHONE"));
    }

    @Test
    void aComplaintWithoutADeadlineCountsForNothing() {
        Complaint suggestion = new Complaint(new NewComplaint(Channel.PHONE, "Wang", null, "13800138000", null, null,
                Category.SUGGESTION, Complexity.SIMPLE, "Open earlier", null, null, null, null), RECEIVED, "agent1", "NORTH");
        assertThat(ComplaintCounts.counted(suggestion)).isEqualTo(new ComplianceSummary.Change(0, 0, 0, 0, 0, 0));
    }
}
