package org.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.complaintdesk.security.Role;
import org.junit.jupiter.api.Test;

/** The escalation ladder's rules: which level a reason goes to, which window it gets, who holds the complaint. */
class EscalationLadderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant REPLY_DEADLINE = Instant.parse("2026-11-23T03:15:00Z");
    private static final EscalationReason.Windows DEFAULT = new EscalationReason.Windows(Duration.ofMinutes(30), Duration.ofHours(2));

    @Test
    void anApologyNotAcceptedGivesTheLeadThirtyMinutesToContactTheCustomer() {
        assertThat(EscalationReason.IMMEDIATE.actBy(NOW, REPLY_DEADLINE, DEFAULT)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void anOverdueReplyOrAnOverdueLeadGetsTheTwoHourEscalationWindow() {
        assertThat(EscalationReason.REPLY_OVERDUE.actBy(NOW, REPLY_DEADLINE, DEFAULT)).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(EscalationReason.LEAD_OVERDUE.actBy(NOW, REPLY_DEADLINE, DEFAULT)).isEqualTo(NOW.plus(Duration.ofHours(2)));
    }

    @Test
    void aReopenedComplaintIsDueByItsNewReplyDeadline() {
        assertThat(EscalationReason.REOPENED.actBy(NOW, REPLY_DEADLINE, DEFAULT)).isEqualTo(REPLY_DEADLINE);
    }

    @Test
    void onlyAnOverdueLeadGoesToTheSupervisor() {
        assertThat(EscalationReason.LEAD_OVERDUE.level()).isEqualTo(EscalationLevel.SUPERVISOR);
        assertThat(EscalationReason.IMMEDIATE.level()).isEqualTo(EscalationLevel.TEAM_LEAD);
        assertThat(EscalationReason.REPLY_OVERDUE.level()).isEqualTo(EscalationLevel.TEAM_LEAD);
        assertThat(EscalationReason.REOPENED.level()).isEqualTo(EscalationLevel.TEAM_LEAD);
    }

    @Test
    void eachLevelHasItsNumberAndRole() {
        for (EscalationLevel level : EscalationLevel.values()) {
            assertThat(EscalationLevel.of(level.number())).isEqualTo(level);
        }
        assertThat(EscalationLevel.TEAM_LEAD.number()).isEqualTo(1);
        assertThat(EscalationLevel.SUPERVISOR.role()).isEqualTo(Role.SUPERVISOR);
        assertThat(EscalationLevel.SUPERVISOR.withinTeam()).isFalse();
        assertThat(EscalationLevel.TEAM_LEAD.withinTeam()).isTrue();
    }

    @Test
    void aComplaintIsHeldByOneLevelAtATimeAndByNobodyOnceClosed() {
        Complaint complaint = complaint();
        assertThat(holders(complaint)).containsExactly(EscalationLevel.AGENT);

        complaint.escalateTo(EscalationLevel.TEAM_LEAD);
        assertThat(holders(complaint)).containsExactly(EscalationLevel.TEAM_LEAD);

        complaint.escalateTo(EscalationLevel.SUPERVISOR);
        assertThat(holders(complaint)).containsExactly(EscalationLevel.SUPERVISOR);

        complaint.awaitReply();
        assertThat(holders(complaint)).as("handed back").containsExactly(EscalationLevel.AGENT);

        complaint.close(NOW);
        assertThat(holders(complaint)).isEmpty();
    }

    private static List<EscalationLevel> holders(Complaint complaint) {
        return Arrays.stream(EscalationLevel.values()).filter(complaint::isHeldAt).toList();
    }

    private static Complaint complaint() {
        return new Complaint(new NewComplaint(Channel.PHONE, "Wang", null, "13800138000", null, null, Category.BILLING,
                Complexity.SIMPLE, "Charged twice", null, null, null, null), NOW, "agent1", "NORTH");
    }
}
