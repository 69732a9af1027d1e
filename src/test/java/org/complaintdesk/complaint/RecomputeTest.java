package org.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SLA figures read back from history lines as the desk writes them. */
class RecomputeTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-06T09:00:00Z");
    private final List<HistoryEntry> lines = new ArrayList<>();

    private void line(String at, String action, String changes) {
        lines.add(new HistoryEntry(1L, lines.size() + 1, Instant.parse(at), "agent1", action, changes, null, null));
    }

    @Test
    void aReclassifiedPausedComplaintRepliedLateAndRated() {
        line("2026-03-06T09:00:00Z", "LOGGED", "PHONE, BILLING, SIMPLE, reply due 2026-03-06T11:00:00Z, SLA policy version 3");
        line("2026-03-06T09:05:00Z", "RECLASSIFIED", "complexity SIMPLE -> COMPLEX, reply due 2026-03-07T09:00:00Z (SLA policy version 3)");
        line("2026-03-06T10:00:00Z", "PAUSED", "DOCUMENTS_REQUESTED; the clock stands still until resumed, at the latest 2026-03-09T10:00:00Z");
        line("2026-03-06T11:00:00Z", "RESUMED", "CUSTOMER_CALLED_BACK, paused 3600 s of business time, reply due 2026-03-07T10:00:00Z");
        line("2026-03-07T10:00:30Z", "REPLIED", "via PHONE, understood true, 1 minute(s) late");
        line("2026-03-07T10:01:00Z", "RATED", "rating 2");

        Recompute.Derived derived = Recompute.derive(lines);

        assertThat(derived.replyDeadline()).isEqualTo(Instant.parse("2026-03-07T10:00:00Z"));
        assertThat(derived.repliedAt()).isEqualTo(Instant.parse("2026-03-07T10:00:30Z"));
        assertThat(derived.slaMet()).isFalse();
        assertThat(derived.minutesLate()).isEqualTo(1);
        assertThat(derived.pausedSeconds()).isEqualTo(3600);
        assertThat(derived.rating()).isEqualTo(2);
    }

    @Test
    void aReopenedComplaintWaitsForItsNewReply() {
        line("2026-03-06T09:00:00Z", "APOLOGISED_AND_RECORDED", "apology offered true, accepted true, contact confirmed true, outcome RESOLVED, route RESOLVED");
        lines.add(0, new HistoryEntry(1L, 0, RECEIVED, "agent1", "LOGGED", "PHONE, BILLING, SIMPLE, reply due 2026-03-06T11:00:00Z", null, null));
        line("2026-03-06T09:10:00Z", "RATED", "rating 4");
        line("2026-03-06T09:10:01Z", "REOPENED", "rating 4: problem not solved; reply due 2026-03-06T11:10:01Z (SLA policy version 3)");

        Recompute.Derived derived = Recompute.derive(lines);

        assertThat(derived.replyDeadline()).isEqualTo(Instant.parse("2026-03-06T11:10:01Z"));
        assertThat(derived.repliedAt()).isNull();
        assertThat(derived.slaMet()).isNull();
        assertThat(derived.rating()).isEqualTo(4);
    }
}
