package org.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.complaintdesk.sla.ReplyWindow;
import org.junit.jupiter.api.Test;

/** The complaint's own rules, without a container. */
class ComplaintRulesTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-23T01:00:00Z");

    private static Complaint complaint(Category category) {
        Complaint complaint = new Complaint(new NewComplaint(Channel.PHONE, "Wang", null, "13800138000", null, null, category,
                Complexity.SIMPLE, "Charged twice", null, null, null, null), RECEIVED, "agent1", "NORTH");
        complaint.openReplyWindow(new ReplyWindow(RECEIVED.plus(Duration.ofHours(1)), RECEIVED.plus(Duration.ofHours(2))));
        return complaint;
    }

    @Test
    void harassmentAndSuggestionsHaveNoReplyDeadline() {
        assertThat(Category.HARASSMENT.hasReplyDeadline()).isFalse();
        assertThat(Category.SUGGESTION.hasReplyDeadline()).isFalse();
        assertThat(Category.DELIVERY.hasReplyDeadline()).isTrue();
        assertThat(complaint(Category.HARASSMENT).slaState(RECEIVED)).isEqualTo(SlaState.NOT_APPLICABLE);
    }

    @Test
    void aReplyAtTheDeadlineMeetsIt() {
        Complaint complaint = complaint(Category.BILLING);
        complaint.recordReply("refund", Channel.PHONE, true, RECEIVED.plus(Duration.ofHours(2)));
        assertThat(complaint.slaState(RECEIVED.plus(Duration.ofDays(1)))).isEqualTo(SlaState.MET);
        assertThat(complaint.getMinutesLate()).isZero();
    }

    @Test
    void aLateReplyBreachesItByWholeMinutesRoundedUp() {
        Complaint complaint = complaint(Category.BILLING);
        complaint.recordReply("refund", Channel.PHONE, true, RECEIVED.plus(Duration.ofHours(2)).plusSeconds(61));
        assertThat(complaint.slaState(RECEIVED)).isEqualTo(SlaState.BREACHED);
        assertThat(complaint.getMinutesLate()).isEqualTo(2);
    }

    @Test
    void anUnansweredComplaintIsPendingThenOverdue() {
        Complaint complaint = complaint(Category.BILLING);
        assertThat(complaint.slaState(RECEIVED.plus(Duration.ofHours(2)))).isEqualTo(SlaState.PENDING);
        assertThat(complaint.slaState(RECEIVED.plus(Duration.ofHours(2)).plusMillis(1))).isEqualTo(SlaState.OVERDUE);
    }

    @Test
    void numbersCarryTheDayOfReceiptInTheDesksZone() {
        Instant lateEvening = Instant.parse("2026-11-23T17:30:00Z");
        assertThat(ComplaintNumbers.format(42, lateEvening, ZoneId.of("UTC"))).isEqualTo("C-20261123-0042");
        assertThat(ComplaintNumbers.format(42, lateEvening, ZoneId.of("Asia/Shanghai"))).isEqualTo("C-20261124-0042");
        assertThat(ComplaintNumbers.format(123456, lateEvening, ZoneId.of("UTC"))).isEqualTo("C-20261123-123456");
    }

    @Test
    void aHistoryHashCoversEveryFieldAndThePreviousHash() {
        String hash = HistoryEntry.hash(1L, 2, RECEIVED, "agent1", "REPLIED", "via PHONE", "refund", "abc");
        assertThat(hash).hasSize(64).isEqualTo(HistoryEntry.hash(1L, 2, RECEIVED, "agent1", "REPLIED", "via PHONE", "refund", "abc"));
        assertThat(HistoryEntry.hash(1L, 2, RECEIVED, "agent1", "REPLIED", "via PHONE", "refund!", "abc")).isNotEqualTo(hash);
        assertThat(HistoryEntry.hash(1L, 2, RECEIVED, "agent1", "REPLIED", "via PHONE", "refund", "abd")).isNotEqualTo(hash);
        assertThat(HistoryEntry.hash(1L, 2, RECEIVED.plusMillis(1), "agent1", "REPLIED", "via PHONE", "refund", "abc")).isNotEqualTo(hash);
        assertThat(HistoryEntry.hash(1L, 3, RECEIVED, "agent1", "REPLIED", "via PHONE", "refund", "abc")).isNotEqualTo(hash);
    }
}
