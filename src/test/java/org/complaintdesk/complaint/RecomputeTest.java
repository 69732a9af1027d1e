package org.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintdesk.sla.ComplianceSummary;
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

    @Test
    void theDimensionsFollowReclassificationHandOverAndAMoveToAnAgentsStep() {
        lines.add(new HistoryEntry(1L, 1, RECEIVED, "integration:webform", "LOGGED",
                "WEB_FORM, BILLING, SIMPLE, team NORTH, reply due 2026-03-06T11:00:00Z, SLA policy version 3, assigned to agent1", null, null));
        line("2026-03-06T09:05:00Z", "RECLASSIFIED", "complexity SIMPLE -> COMPLEX, reply due 2026-03-07T09:00:00Z (SLA policy version 3)");
        line("2026-03-06T09:10:00Z", "HANDED_OVER", "from agent1 to agent3");

        Recompute.Derived handedOver = Recompute.derive(lines);
        assertThat(List.of(handedOver.channel(), handedOver.category(), handedOver.complexity(), handedOver.team(), handedOver.agent()))
                .containsExactly("WEB_FORM", "BILLING", "COMPLEX", "NORTH", "agent3");

        line("2026-03-06T09:20:00Z", "MOVED", "to lead1 (task_teamLeadHandle, ESCALATED, level 1)");
        assertThat(Recompute.derive(lines).agent()).as("a lead's step leaves the agent").isEqualTo("agent3");
        line("2026-03-06T09:30:00Z", "MOVED", "to agent4 (task_replyAsInstructed, AWAITING_REPLY, level 1)");
        assertThat(Recompute.derive(lines).agent()).isEqualTo("agent4");
    }

    @Test
    void theSummaryCountsOfADayAreTheHistoriesCountsAndEveryDifferenceIsListed() {
        line("2026-03-06T09:00:00Z", "LOGGED", "PHONE, BILLING, SIMPLE, team NORTH, reply due 2026-03-06T11:00:00Z, SLA policy version 3");
        line("2026-03-06T09:40:00Z", "RESUMED", "RESUMED, paused 600 s of business time, reply due 2026-03-06T11:10:00Z");
        line("2026-03-06T10:00:00Z", "REPLIED", "via PHONE, understood true, 0 minute(s) late");
        Recompute.Derived met = Recompute.derive(lines);
        lines.clear();
        line("2026-03-06T09:00:00Z", "LOGGED", "PHONE, HARASSMENT, SIMPLE, team NORTH, SLA policy version 3");
        Recompute.Derived withoutDeadline = Recompute.derive(lines);
        LocalDate day = LocalDate.of(2026, 3, 6);
        // the row says agent2 logged it: the history (agent1) wins, the row's team stands where the history names none
        ComplianceSummary.Dimensions stored = new ComplianceSummary.Dimensions("NORTH", "agent2", "BILLING", "SIMPLE", "PHONE");

        Map<List<Object>, long[]> derived = Recompute.newCounts();
        Recompute.count(derived, day, stored, met);
        Recompute.count(derived, day, stored, withoutDeadline);
        assertThat(derived).hasSize(6);
        assertThat(derived.get(List.of(day, "AGENT", "agent1"))).containsExactly(1, 1, 1, 0, 1, 600);

        Map<List<Object>, long[]> counted = Recompute.newCounts();
        counted.put(List.of(day, "ALL", "ALL"), new long[] {1, 1, 0, 1, 1, 300});
        counted.put(List.of(day, "AGENT", "agent1"), new long[] {1, 1, 1, 0, 1, 600});
        counted.put(List.of(day, "TEAM", "SOUTH"), new long[] {0, 0, 0, 0, 0, 0});
        List<Recompute.CountDifference> differences = Recompute.compareCounts(counted, derived);

        assertThat(differences).extracting(d -> d.dimension() + " " + d.value() + " " + d.count() + " " + d.stored() + "->" + d.derived())
                .containsExactly("ALL ALL met 0->1", "ALL ALL breached 1->0", "ALL ALL pausedSeconds 300->600",
                        "CATEGORY BILLING total 0->1", "CATEGORY BILLING replied 0->1", "CATEGORY BILLING met 0->1",
                        "CATEGORY BILLING paused 0->1", "CATEGORY BILLING pausedSeconds 0->600",
                        "CHANNEL PHONE total 0->1", "CHANNEL PHONE replied 0->1", "CHANNEL PHONE met 0->1",
                        "CHANNEL PHONE paused 0->1", "CHANNEL PHONE pausedSeconds 0->600",
                        "COMPLEXITY SIMPLE total 0->1", "COMPLEXITY SIMPLE replied 0->1", "COMPLEXITY SIMPLE met 0->1",
                        "COMPLEXITY SIMPLE paused 0->1", "COMPLEXITY SIMPLE pausedSeconds 0->600",
                        "TEAM NORTH total 0->1", "TEAM NORTH replied 0->1", "TEAM NORTH met 0->1",
                        "TEAM NORTH paused 0->1", "TEAM NORTH pausedSeconds 0->600");
    }
}
