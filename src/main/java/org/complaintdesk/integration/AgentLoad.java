package org.complaintdesk.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How many complaints not yet closed each agent holds, for giving a channel's complaint to the least busy agent.
 * Counting every open complaint on each intake grew with the backlog (the intake benchmark slowed as complaints stayed
 * open), so the desk counts them at most every {@link #FRESH_FOR} and adds its own assignments in between; other
 * desks' assignments and the closures count from the next count. Close enough for spreading work; nobody is shown it.
 */
@ApplicationScoped
public class AgentLoad {

    static final Duration FRESH_FOR = Duration.ofSeconds(10);

    @PersistenceContext
    EntityManager em;

    /** Null until the first count. */
    private Map<String, Long> openByAgent;
    private long countedAt;

    /** The least busy of these agents (the first by name among equals), counted at once as holding one more. */
    public String assign(List<String> agents) {
        return assign(agents, this::countOpen, System.nanoTime());
    }

    synchronized String assign(List<String> agents, Supplier<Map<String, Long>> count, long nanoTime) {
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("no agent to choose from");
        }
        if (openByAgent == null || nanoTime - countedAt > FRESH_FOR.toNanos()) {
            openByAgent = new HashMap<>(count.get());
            countedAt = nanoTime;
        }
        String least = agents.stream().min(Comparator.comparingLong((String agent) -> openByAgent.getOrDefault(agent, 0L))
                .thenComparing(Comparator.naturalOrder())).orElseThrow();
        openByAgent.merge(least, 1L, Long::sum);
        return least;
    }

    private Map<String, Long> countOpen() {
        Map<String, Long> open = new HashMap<>();
        // the literal, not a parameter: PostgreSQL uses the partial index of open complaints only for a known value
        em.createQuery("select c.loggingAgent, count(c) from Complaint c"
                + " where c.status <> org.complaintdesk.complaint.ComplaintStatus.CLOSED group by c.loggingAgent", Object[].class)
                .getResultList().forEach(row -> open.put((String) row[0], (Long) row[1]));
        return open;
    }
}
