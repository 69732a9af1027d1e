package org.complaintdesk.accesstoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.complaintdesk.admin.AdminLog;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.InputValidation;
import org.complaintdesk.platform.IssuedSecrets;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.Role;
import org.complaintdesk.security.UserRepository;
import org.complaintdesk.sla.DeskClock;

/**
 * Creates, lists, revokes and checks personal access tokens. A token reads {@code cdp_<prefix>_<secret>}: the prefix
 * finds its row, the whole token is compared by SHA-256 (enough, as for the integrations' keys, because the secret is
 * 256 random bits, not something a person chose). Each creation and revocation is a line of the admin history.
 */
@ApplicationScoped
public class PersonalTokens {

    /** What a person gives to create a token; without {@code expiresAt} it is valid until revoked. */
    public record NewToken(
            @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{3,60}", message = "must be 3 to 60 letters, digits, '.', '_' or '-'") String name,
            Instant expiresAt) {
    }

    /** A new token: the only moment its secret exists outside the caller's hands. */
    public record CreatedToken(PersonalToken token, String secret) {
    }

    static final String KIND = "cdp";
    private static final Logger LOG = Logger.getLogger(PersonalTokens.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminLog adminLog;

    @Inject
    InputValidation validation;

    @Inject
    UserRepository users;

    @Inject
    DeskClock clock;

    @Transactional
    public CreatedToken create(NewToken input, Actor actor) {
        validation.check(input, "the token");
        Instant now = clock.now();
        if (input.expiresAt() != null && !input.expiresAt().isAfter(now)) {
            throw ComplaintException.invalid("expiresAt", "must be in the future").because("expiryInThePast");
        }
        DeskUser owner = users.findByUsername(actor.username()).orElseThrow(() -> new IllegalStateException("no user " + actor.username()));
        boolean nameInUse = listOwn(actor).stream().anyMatch(t -> !t.isRevoked() && t.getName().equals(input.name()));
        if (nameInUse) {
            throw ComplaintException.invalid("name", "you have a token of this name already; revoke it or choose another name")
                    .because("tokenNameTaken");
        }
        IssuedSecrets.Issued issued = IssuedSecrets.issue(KIND, taken -> em.createQuery(
                "select count(t) from PersonalToken t where t.tokenPrefix = :p", Long.class).setParameter("p", taken).getSingleResult() > 0);
        String prefix = issued.prefix();
        String secret = issued.secret();
        PersonalToken token = new PersonalToken(owner, input.name(), prefix, issued.hash(), now, input.expiresAt());
        em.persist(token);
        adminLog.record(actor, subject(token), "ACCESS_TOKEN_CREATED", "name " + token.getName() + ", expires "
                + (token.getExpiresAt() == null ? "never" : token.getExpiresAt().toString()) + ", token " + KIND + "_" + prefix + "_…");
        return new CreatedToken(token, secret);
    }

    /** The caller's own tokens, revoked and expired ones included, newest first. */
    public List<PersonalToken> listOwn(Actor actor) {
        return em.createQuery("select t from PersonalToken t join fetch t.owner o where o.username = :username order by t.createdAt desc, t.id desc",
                PersonalToken.class).setParameter("username", actor.username()).getResultList();
    }

    /** Everybody's tokens, for administrators. */
    public List<PersonalToken> listAll(Actor actor) {
        mustAdminister(actor);
        return em.createQuery("select t from PersonalToken t join fetch t.owner o order by o.username, t.createdAt desc, t.id desc",
                PersonalToken.class).getResultList();
    }

    /** Revokes one of the caller's own tokens; another person's token is unknown to them (404). */
    @Transactional
    public PersonalToken revokeOwn(String prefix, Actor actor) {
        PersonalToken token = find(prefix).filter(t -> t.getOwner().getUsername().equals(actor.username()))
                .orElseThrow(() -> ComplaintException.unknown("token", "You have no token " + shown(prefix)));
        return revoke(token, actor);
    }

    /** Revokes anybody's token, for administrators. */
    @Transactional
    public PersonalToken revokeAny(String prefix, Actor actor) {
        mustAdminister(actor);
        return revoke(find(prefix).orElseThrow(() -> ComplaintException.unknown("token", "No token is " + shown(prefix))), actor);
    }

    private PersonalToken revoke(PersonalToken token, Actor actor) {
        if (token.isRevoked()) {
            throw ComplaintException.conflict("The token " + shown(token.getTokenPrefix()) + " was revoked already, on " + token.getRevokedAt());
        }
        token.revoke(clock.now(), actor.username());
        adminLog.record(actor, subject(token), "ACCESS_TOKEN_REVOKED", "name " + token.getName() + ", token "
                + KIND + "_" + token.getTokenPrefix() + "_… refused from now on");
        return token;
    }

    /**
     * Whom the presented token lets in, if anybody, with their role and team now: not for an unknown, revoked or
     * expired token, nor for a token of a disabled person. The reason is logged for the operators but not told to the caller.
     */
    @Transactional
    public Optional<Actor> authenticate(String presented) {
        Optional<String> prefix = IssuedSecrets.prefixOf(KIND, presented);
        if (prefix.isEmpty()) {
            return refused("not a personal access token");
        }
        List<Object[]> rows = em.createQuery("select t.id, t.tokenHash, t.expiresAt, t.revokedAt, t.lastUsedAt, o.username, o.enabled, o.role, team.code"
                + " from PersonalToken t join t.owner o left join o.team team where t.tokenPrefix = :prefix", Object[].class)
                .setParameter("prefix", prefix.get()).getResultList();
        if (rows.isEmpty() || !IssuedSecrets.matches((String) rows.get(0)[1], presented)) {
            return refused("unknown personal access token" + (rows.isEmpty() ? "" : " (prefix of a token of " + rows.get(0)[5] + ", wrong secret)"));
        }
        Object[] row = rows.get(0);
        String username = (String) row[5];
        Instant now = clock.now();
        if (row[3] != null) {
            return refused("the token " + shown(prefix.get()) + " of " + username + " was revoked");
        }
        if (row[2] != null && !now.isBefore(((OffsetDateTime) row[2]).toInstant())) {
            return refused("the token " + shown(prefix.get()) + " of " + username + " expired on " + ((OffsetDateTime) row[2]).toInstant());
        }
        if (!(Boolean) row[6]) {
            return refused("the token " + shown(prefix.get()) + " belongs to " + username + ", who is disabled");
        }
        OffsetDateTime lastUsed = (OffsetDateTime) row[4];
        // last use to the minute: enough for owners and administrators, and not a write on every call;
        // a bulk update, not the versioned entity: calls arriving together must not fail each other
        if (lastUsed == null || Duration.between(lastUsed.toInstant(), now).toMinutes() >= 1) {
            em.createQuery("update PersonalToken t set t.lastUsedAt = :now where t.id = :id")
                    .setParameter("now", now.atOffset(ZoneOffset.UTC)).setParameter("id", row[0]).executeUpdate();
        }
        return Optional.of(new Actor(username, (Role) row[7], (String) row[8]));
    }

    private static Optional<Actor> refused(String why) {
        LOG.warning("API call refused: " + why);
        return Optional.empty();
    }

    private Optional<PersonalToken> find(String prefix) {
        String bare = prefix.startsWith(KIND + "_") ? prefix.substring(KIND.length() + 1) : prefix;
        return em.createQuery("select t from PersonalToken t join fetch t.owner where t.tokenPrefix = :prefix", PersonalToken.class)
                .setParameter("prefix", bare).getResultStream().findFirst();
    }

    private static String subject(PersonalToken token) {
        return "access-token:" + token.getOwner().getUsername() + "/" + token.getTokenPrefix();
    }

    private static String shown(String prefix) {
        return (prefix.startsWith(KIND + "_") ? "" : KIND + "_") + prefix + "_…";
    }

    private static void mustAdminister(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw ComplaintException.notAllowed("Only administrators see and revoke other people's tokens");
        }
    }
}
