package org.complaintdesk.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.complaintdesk.admin.AdminLog;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.InputValidation;
import org.complaintdesk.platform.IssuedSecrets;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.Role;
import org.complaintdesk.sla.DeskClock;

/**
 * Creates, revokes and checks the integrations' API keys, {@code cdk_<prefix>_<secret>} ({@link IssuedSecrets}).
 */
@ApplicationScoped
public class IntegrationKeys {

    /** What an administrator gives to create a key. */
    public record NewIntegration(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "must be 3 to 60 letters, digits, '.', '_' or '-'") String name,
            @NotNull Channel channel,
            @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "must be a team code such as NORTH") String team) {
    }

    /** A new key: the only moment its secret exists outside the caller's hands. */
    public record CreatedKey(IntegrationKey integration, String apiKey) {
    }

    private static final Logger LOG = Logger.getLogger(IntegrationKeys.class.getName());
    private static final String KIND = "cdk";

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminLog adminLog;

    @Inject
    InputValidation validation;

    @Inject
    DeskClock clock;

    @Transactional
    public CreatedKey create(NewIntegration input, Actor actor) {
        mustAdminister(actor);
        validation.check(input, "the integration");
        if (find(input.name()).isPresent()) {
            throw ComplaintException.invalid("name", "an integration of this name exists already (a revoked one keeps its name)")
                    .because("integrationNameTaken");
        }
        if (input.team() != null && em.createQuery("select count(t) from Team t where t.code = :code", Long.class)
                .setParameter("code", input.team()).getSingleResult() == 0) {
            throw ComplaintException.invalid("team", "no team has the code " + input.team()).because("noSuchTeam", input.team());
        }
        IssuedSecrets.Issued issued = IssuedSecrets.issue(KIND, taken -> em.createQuery(
                "select count(k) from IntegrationKey k where k.keyPrefix = :p", Long.class).setParameter("p", taken).getSingleResult() > 0);
        String prefix = issued.prefix();
        String apiKey = issued.secret();
        IntegrationKey key = new IntegrationKey(input.name(), input.channel(), input.team(), prefix, issued.hash(),
                clock.now(), actor.username());
        em.persist(key);
        adminLog.record(actor, "api-key:" + key.getName(), "API_KEY_CREATED",
                "channel " + key.getChannel() + ", team " + (key.getTeamCode() == null ? "any" : key.getTeamCode()) + ", key cdk_" + prefix + "_…");
        return new CreatedKey(key, apiKey);
    }

    @Transactional
    public IntegrationKey revoke(String name, Actor actor) {
        mustAdminister(actor);
        IntegrationKey key = find(name).orElseThrow(() -> ComplaintException.unknown("integration", "No integration is called " + name));
        if (key.isRevoked()) {
            throw ComplaintException.conflict("The key of " + name + " was revoked already, on " + key.getRevokedAt());
        }
        key.revoke(clock.now(), actor.username());
        adminLog.record(actor, "api-key:" + name, "API_KEY_REVOKED", "key cdk_" + key.getKeyPrefix() + "_… refused from now on");
        return key;
    }

    public List<IntegrationKey> list() {
        return em.createQuery("select k from IntegrationKey k order by k.revokedAt desc, k.name", IntegrationKey.class).getResultList();
    }

    public Optional<IntegrationKey> find(String name) {
        return em.createQuery("select k from IntegrationKey k where k.name = :name", IntegrationKey.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /**
     * The integration whose key this is, or 401. The reason (unknown, revoked) is logged for the operators but
     * not told to the caller, so that the answer does not help anyone guess keys.
     */
    @Transactional
    public IntegrationKey authenticate(String presented) {
        if (presented == null || presented.isBlank()) {
            throw unauthorized();
        }
        IntegrationKey key = IssuedSecrets.prefixOf(KIND, presented.strip()).flatMap(prefix -> em.createQuery(
                "select k from IntegrationKey k where k.keyPrefix = :prefix", IntegrationKey.class)
                        .setParameter("prefix", prefix).getResultStream().findFirst()).orElse(null);
        if (key == null || !IssuedSecrets.matches(key.getKeyHash(), presented.strip())) {
            LOG.warning("API call refused: unknown API key" + (key == null ? "" : " (prefix of " + key.getName() + ", wrong secret)"));
            throw unauthorized();
        }
        if (key.isRevoked()) {
            LOG.warning("API call refused: the key of " + key.getName() + " was revoked on " + key.getRevokedAt());
            throw unauthorized();
        }
        Instant now = clock.now();
        // last use to the minute: enough for an administrator, and not a write on every call. Not the versioned
        // entity: calls arriving together must not fail each other; and the row only when no other call holds it,
        // since the caller's transaction (a whole intake) keeps the lock until it ends
        if (key.getLastUsedAt() == null || Duration.between(key.getLastUsedAt(), now).toMinutes() >= 1) {
            em.createNativeQuery("update integration_key set last_used_at = ?1 where id ="
                    + " (select id from integration_key where id = ?2 for no key update skip locked)")
                    .setParameter(1, now.atOffset(java.time.ZoneOffset.UTC)).setParameter(2, key.getId()).executeUpdate();
        }
        return key;
    }

    private static ComplaintException unauthorized() {
        return ComplaintException.unauthorized("A valid API key is required in the X-Api-Key header; this one is missing, unknown or revoked");
    }

    private static void mustAdminister(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw ComplaintException.notAllowed("Only administrators manage API keys");
        }
    }
}
