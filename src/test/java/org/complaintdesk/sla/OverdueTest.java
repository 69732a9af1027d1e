package org.complaintdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OverdueTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void overdueOnlyOnceTheDeadlineHasPassed() {
        assertThat(Overdue.at(DEADLINE.minusMillis(1), DEADLINE, null, null)).isFalse();
        assertThat(Overdue.at(DEADLINE, DEADLINE, null, null)).as("at the deadline's very instant").isFalse();
        assertThat(Overdue.at(DEADLINE.plusMillis(1), DEADLINE, null, null)).isTrue();
    }

    @Test
    void aRepliedComplaintOrOneWithoutDeadlineIsNeverOverdue() {
        Instant later = DEADLINE.plusSeconds(3600);
        assertThat(Overdue.at(later, DEADLINE, DEADLINE.minusSeconds(60), null)).isFalse();
        assertThat(Overdue.at(later, null, null, null)).isFalse();
    }

    @Test
    void aPausedClockStandsStillAtTheMomentItWasPaused() {
        Instant later = DEADLINE.plusSeconds(3600);
        assertThat(Overdue.at(later, DEADLINE, null, DEADLINE.minusSeconds(60))).as("paused before the deadline").isFalse();
        assertThat(Overdue.at(later, DEADLINE, null, DEADLINE.plusSeconds(60))).as("paused after the deadline").isTrue();
        assertThat(Overdue.at(DEADLINE.minusSeconds(600), DEADLINE, null, DEADLINE.plusSeconds(60)))
                .as("the pause's moment counts, not now").isTrue();
    }
}
