package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores alerts and finds those addressed to a user, directly or through their role and team. Each reader marks an
 * alert read for themselves (alert_read): one lead reading a team alert leaves it unread for the others.
 */
@ApplicationScoped
public class AlertRepository {

    @PersistenceContext
    EntityManager em;

    public void persist(Alert alert) {
        em.persist(alert);
    }

    /** How far back the header's unread count looks: older alerts stay in the inbox, unread, without being counted. */
    public static final Duration UNREAD_COUNTED = Duration.ofDays(7);
    /** The header shows at most this many, as "99+". */
    public static final int MOST_COUNTED = 99;

    private static final String NOT_READ = " and not exists (select r from AlertRead r where r.username = :username and r.alertId = a.id)";

    /** The user's alerts, newest first; only those of one complaint when its number is given. */
    public List<Alert> forUser(String username, Set<String> roles, String team, String complaintNumber, boolean unreadOnly, int limit) {
        var query = em.createQuery("select a from Alert a where " + addressedTo(team) + (unreadOnly ? NOT_READ : "")
                + (complaintNumber == null ? "" : " and a.complaintNumber = :number") + " order by a.raisedAt desc, a.id desc", Alert.class);
        if (complaintNumber != null) {
            query.setParameter("number", complaintNumber);
        }
        return bind(query, username, roles, team).setMaxResults(limit).getResultList();
    }

    /** How many of the user's alerts of the last {@link #UNREAD_COUNTED} are unread, {@link #MOST_COUNTED} + 1 at most. */
    public int unreadCount(String username, Set<String> roles, String team, Instant now) {
        var query = em.createQuery("select a.id from Alert a where " + addressedTo(team) + NOT_READ + " and a.raisedAt >= :since",
                Long.class).setParameter("since", Complaint.utc(now.minus(UNREAD_COUNTED)));
        return bind(query, username, roles, team).setMaxResults(MOST_COUNTED + 1).getResultList().size();
    }

    /** Of these alerts, the ones the user has read. */
    public Set<Long> readBy(String username, List<Long> alertIds) {
        if (alertIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select r.alertId from AlertRead r where r.username = :username and r.alertId in :ids", Long.class)
                .setParameter("username", username).setParameter("ids", alertIds).getResultList());
    }

    /** Marks the alert read for this user; reading it again (another tab at the same moment too) keeps the first time. */
    public void markRead(String username, Long alertId, Instant at) {
        em.createNativeQuery("insert into alert_read (username, alert_id, read_at) values (?, ?, ?) on conflict do nothing")
                .setParameter(1, username).setParameter(2, alertId).setParameter(3, Complaint.utc(at)).executeUpdate();
    }

    // someone without a team (a supervisor) sees role alerts of every team
    private static String addressedTo(String team) {
        return "(a.recipient = :username or (a.recipientRole in :roles" + (team == null ? "" : " and (a.teamCode is null or a.teamCode = :team)") + "))";
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String username, Set<String> roles, String team) {
        query.setParameter("username", username).setParameter("roles", roles);
        if (team != null) {
            query.setParameter("team", team);
        }
        return query;
    }

    public Optional<Alert> find(Long id) {
        return Optional.ofNullable(em.find(Alert.class, id));
    }

    public List<Alert> ofComplaint(Long complaintId) {
        return em.createQuery("select a from Alert a where a.complaintId = :id order by a.raisedAt, a.id", Alert.class)
                .setParameter("id", complaintId).getResultList();
    }
}
