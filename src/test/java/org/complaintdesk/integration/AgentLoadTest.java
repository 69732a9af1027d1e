package org.complaintdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The least busy agent: from the last count plus this desk's own assignments, counted again once it is stale. */
class AgentLoadTest {

    private static final long SECOND = 1_000_000_000L;

    private final AgentLoad load = new AgentLoad();
    private final AtomicInteger counts = new AtomicInteger();

    private Map<String, Long> counted(Map<String, Long> open) {
        counts.incrementAndGet();
        return open;
    }

    @Test
    void spreadsComplaintsOverTheAgentsFromTheirCountAndItsOwnAssignments() {
        Map<String, Long> open = Map.of("agent1", 3L, "agent2", 1L);
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            chosen.add(load.assign(List.of("agent1", "agent2", "agent3"), () -> counted(open), i * SECOND));
        }
        // agent3 holds nothing, agent2 one, agent1 three: ties go to the first by name
        assertThat(chosen).containsExactly("agent3", "agent2", "agent3", "agent2", "agent3", "agent1");
        assertThat(counts).as("counted once while fresh").hasValue(1);
    }

    @Test
    void countsAgainOnceTheCountIsStaleAndOnlyFromTheAgentsOffered() {
        load.assign(List.of("agent1", "agent2"), () -> counted(Map.of("agent1", 5L)), 0);
        String afterClosures = load.assign(List.of("agent1", "agent2"), () -> counted(Map.of("agent2", 9L)), 11 * SECOND);
        assertThat(afterClosures).isEqualTo("agent1");
        assertThat(counts).hasValue(2);
        // a disabled agent is simply not offered
        assertThat(load.assign(List.of("agent2"), () -> counted(Map.of()), 12 * SECOND)).isEqualTo("agent2");
    }
}
