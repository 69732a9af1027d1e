package org.complaintdesk.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.ComplaintIntake;
import org.complaintdesk.complaint.ComplaintRepository;
import org.complaintdesk.complaint.NewComplaint;
import org.complaintdesk.platform.Sha256;
import org.complaintdesk.security.Role;
import org.complaintdesk.sla.DeskClock;

/**
 * Complaints from other systems. Each goes to the agent of the integration's team with the fewest open
 * complaints ({@link AgentLoad}). With an Idempotency-Key, a retry of the same request returns the complaint the first one
 * created; the same key with another request is refused.
 */
@ApplicationScoped
public class ChannelIntake {

    /** The complaint, whether it was created by an earlier request with the same Idempotency-Key, and the integration's name. */
    public record Outcome(Complaint complaint, boolean replayed, String integration) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintIntake intake;

    @Inject
    ComplaintRepository complaints;

    @Inject
    DeskClock clock;

    @Inject
    AgentLoad load;

    @Inject
    IntegrationKeys keys;

    /**
     * Checks the API key, then logs the request's complaint (read only for a valid key), or replays the first result
     * of this Idempotency-Key, all in one transaction. Requests with the same key take turns ({@link #takeTurn}): one
     * arriving while another is at work waits for it to commit, then replays its result. (Should two still meet, the
     * second fails on the unique key at commit, rolls back whole, and the caller's retry finds the first one's record.)
     */
    @Transactional
    public Outcome submit(String apiKey, String idempotencyKey, Supplier<NewComplaint> request) {
        IntegrationKey integration = keys.authenticate(apiKey);
        NewComplaint input = request.get();
        String requestHash = Sha256.hex(input.toString());
        if (idempotencyKey != null) {
            takeTurn(integration.getId(), idempotencyKey);
            IdempotencyRecord earlier = em.createQuery("select r from IdempotencyRecord r where r.integrationId = :integration"
                    + " and r.idempotencyKey = :key", IdempotencyRecord.class)
                    .setParameter("integration", integration.getId()).setParameter("key", idempotencyKey)
                    .getResultStream().findFirst().orElse(null);
            if (earlier != null) {
                if (!earlier.getRequestHash().equals(requestHash)) {
                    throw ComplaintException.unprocessable("The Idempotency-Key " + idempotencyKey
                            + " was used before with a different request; use a new key for a new complaint");
                }
                return new Outcome(complaints.findById(earlier.getComplaintId()).orElseThrow(), true, integration.getName());
            }
        }
        if (integration.getChannel() != input.channel()) {
            throw ComplaintException.invalid("channel", "this integration's key logs " + integration.getChannel() + " complaints");
        }
        AgentChoice agent = leastBusyAgent(integration.getTeamCode());
        Complaint complaint = intake.logFromChannel(input, integration.getName(), agent.username(), agent.team());
        if (idempotencyKey != null) {
            em.persist(new IdempotencyRecord(integration.getId(), idempotencyKey, requestHash, complaint.getId(), clock.now()));
        }
        return new Outcome(complaint, false, integration.getName());
    }

    /**
     * A PostgreSQL advisory lock on the integration and key until the transaction ends. Without it both requests did
     * the work, and the loser's failed commit cost a complaint number and logged a page of stack traces.
     */
    private void takeTurn(Long integrationId, String idempotencyKey) {
        long lock = Long.parseUnsignedLong(Sha256.hex(integrationId + " " + idempotencyKey).substring(0, 15), 16);
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1)) turn").setParameter(1, lock).getSingleResult();
    }

    private record AgentChoice(String username, String team) {
    }

    /** The enabled agent of the team (any team when none is set) with the fewest complaints not yet closed ({@link AgentLoad}). */
    private AgentChoice leastBusyAgent(String team) {
        var query = em.createQuery("select u.username, t.code from DeskUser u left join u.team t"
                + " where u.role = :agent and u.enabled = true" + (team == null ? "" : " and t.code = :team"), Object[].class)
                .setParameter("agent", Role.AGENT);
        Map<String, String> teamOf = new HashMap<>();
        (team == null ? query : query.setParameter("team", team)).getResultList()
                .forEach(row -> teamOf.put((String) row[0], (String) row[1]));
        if (teamOf.isEmpty()) {
            throw ComplaintException.conflict("No enabled agent " + (team == null ? "" : "in team " + team + " ")
                    + "can take the complaint; an administrator must add one");
        }
        String agent = load.assign(List.copyOf(teamOf.keySet()));
        return new AgentChoice(agent, teamOf.get(agent));
    }
}
