package org.complaintdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads and stores users and teams. */
@ApplicationScoped
public class UserRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<DeskUser> findByUsername(String username) {
        return em.createQuery("select u from DeskUser u left join fetch u.team where u.username = :username", DeskUser.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }

    public List<DeskUser> findByRole(Role role) {
        return em.createQuery("select u from DeskUser u where u.role = :role and u.enabled = true order by u.username", DeskUser.class)
                .setParameter("role", role)
                .getResultList();
    }

    public long countUsers() {
        return em.createQuery("select count(u) from DeskUser u", Long.class).getSingleResult();
    }

    public void save(Team team) {
        em.persist(team);
    }

    public void save(DeskUser user) {
        em.persist(user);
    }
}
