package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores alerts and finds those addressed to a user, directly or through their role and team. */
@ApplicationScoped
public class AlertRepository {

    @PersistenceContext
    EntityManager em;

    public void persist(Alert alert) {
        em.persist(alert);
    }

    public List<Alert> forUser(String username, Set<String> roles, String team, boolean unreadOnly, int limit) {
        // someone without a team (a supervisor) sees role alerts of every team
        String teamCondition = team == null ? "" : " and (a.teamCode is null or a.teamCode = :team)";
        String query = "select a from Alert a where (a.recipient = :username or (a.recipientRole in :roles" + teamCondition + "))"
                + (unreadOnly ? " and a.readAt is null" : "") + " order by a.raisedAt desc, a.id desc";
        var typed = em.createQuery(query, Alert.class)
                .setParameter("username", username).setParameter("roles", roles).setMaxResults(limit);
        if (team != null) {
            typed.setParameter("team", team);
        }
        return typed.getResultList();
    }

    public Optional<Alert> find(Long id) {
        return Optional.ofNullable(em.find(Alert.class, id));
    }

    public List<Alert> ofComplaint(Long complaintId) {
        return em.createQuery("select a from Alert a where a.complaintId = :id order by a.raisedAt, a.id", Alert.class)
                .setParameter("id", complaintId).getResultList();
    }
}
