package org.complaintdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
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

    /** The enabled holders of the roles, read as plain values in one query (no user or team entities to build). */
    public List<RoleHolder> enabledHolders(Collection<Role> roles) {
        return em.createNamedQuery(DeskUser.ENABLED_HOLDERS, RoleHolder.class).setParameter("roles", roles).getResultList();
    }

    public Optional<DeskUser> findByEmployeeNumber(String employeeNumber) {
        return em.createQuery("select u from DeskUser u where u.employeeNumber = :number", DeskUser.class)
                .setParameter("number", employeeNumber)
                .getResultStream().findFirst();
    }

    /** Every user, disabled ones too, with their team. */
    public List<DeskUser> findAll() {
        return em.createQuery("select u from DeskUser u left join fetch u.team order by u.username", DeskUser.class).getResultList();
    }

    public long countEnabled(Role role) {
        return em.createQuery("select count(u) from DeskUser u where u.role = :role and u.enabled = true", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    public Optional<Team> findTeam(String code) {
        return em.createQuery("select t from Team t where t.code = :code", Team.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    public List<Team> findTeams() {
        return em.createQuery("select t from Team t order by t.code", Team.class).getResultList();
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

    /** Remembers the language a user chose on the screens. */
    @Transactional
    public void chooseLanguage(String username, String languageTag) {
        em.createQuery("update DeskUser u set u.language = :language where u.username = :username")
                .setParameter("language", languageTag).setParameter("username", username).executeUpdate();
    }
}
