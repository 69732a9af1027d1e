package org.complaintdesk.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.complaintdesk.security.Actor;
import org.complaintdesk.sla.DeskClock;

/**
 * Appends to and reads the administrators' history. Called inside the transaction of the change it records,
 * so a change is never without its line. Appends take turns (a transaction-scoped advisory lock, on every desk):
 * two changes at the same moment would otherwise both read the same last line and collide on its successor's number.
 */
@ApplicationScoped
public class AdminLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskClock clock;

    /** The advisory lock of the admin history's tail: any number of the desk's own choosing, the same on every desk. */
    private static final long TAIL_LOCK = 0x61646d696e6cL;

    @Transactional(Transactional.TxType.MANDATORY)
    public AdminHistoryEntry record(Actor actor, String subject, String action, String changes) {
        takeTurn();
        List<AdminHistoryEntry> last = em.createQuery("select h from AdminHistoryEntry h order by h.seqNo desc", AdminHistoryEntry.class)
                .setMaxResults(1).getResultList();
        AdminHistoryEntry entry = new AdminHistoryEntry(last.isEmpty() ? 1 : last.get(0).getSeqNo() + 1, clock.now(),
                actor.username(), subject, action, changes, last.isEmpty() ? null : last.get(0).getHash());
        em.persist(entry);
        return entry;
    }

    /**
     * Waits for the administrators' changes before this one to commit (held to the end of the transaction; taking it
     * again is free). A change that reads what others changed, such as a new SLA policy version, takes it first.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void takeTurn() {
        em.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(?1)) held").setParameter(1, TAIL_LOCK).getSingleResult();
    }

    /** The newest entries first, optionally only those about subjects starting with the given text. */
    public List<AdminHistoryEntry> latest(String subjectPrefix, int max) {
        String prefix = subjectPrefix == null ? "" : subjectPrefix;
        // '_' and '%' in a subject (user names may hold '_') are matched as themselves, not as wildcards
        String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return em.createQuery("select h from AdminHistoryEntry h where h.subject like :prefix escape '\\' order by h.seqNo desc",
                AdminHistoryEntry.class).setParameter("prefix", escaped + "%").setMaxResults(max).getResultList();
    }

    /** Whether every row's hash matches its content and its predecessor: the sequence number of the first broken row, or 0. */
    public long firstBrokenRow() {
        String previous = null;
        for (AdminHistoryEntry entry : em.createQuery("select h from AdminHistoryEntry h order by h.seqNo",
                AdminHistoryEntry.class).getResultList()) {
            if (!entry.getHash().equals(entry.computeHash()) || !java.util.Objects.equals(previous, entry.getPrevHash())) {
                return entry.getSeqNo();
            }
            previous = entry.getHash();
        }
        return 0;
    }
}
