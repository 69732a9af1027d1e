package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Appends to and reads a complaint's hash-chained history. */
@ApplicationScoped
public class HistoryLog {

    @PersistenceContext
    EntityManager em;

    /** The first line of a complaint created in this transaction: nothing before it to chain to, so nothing to read. */
    public HistoryEntry begin(Complaint complaint, Instant at, String actor, String action, String changes) {
        HistoryEntry entry = new HistoryEntry(complaint.getId(), 1, at, actor, action, changes, null, null);
        em.persist(entry);
        return entry;
    }

    public HistoryEntry append(Complaint complaint, Instant at, String actor, String action, String changes, String reason) {
        List<HistoryEntry> last = em.createNamedQuery(HistoryEntry.LAST_OF_COMPLAINT, HistoryEntry.class)
                .setParameter("id", complaint.getId()).getResultList();
        int seqNo = last.isEmpty() ? 1 : last.get(0).getSeqNo() + 1;
        String prevHash = last.isEmpty() ? null : last.get(0).getHash();
        HistoryEntry entry = new HistoryEntry(complaint.getId(), seqNo, at, actor, action, changes, reason, prevHash);
        em.persist(entry);
        return entry;
    }

    public List<HistoryEntry> of(Long complaintId) {
        return em.createQuery("select h from HistoryEntry h where h.complaintId = :id order by h.seqNo", HistoryEntry.class)
                .setParameter("id", complaintId).getResultList();
    }
}
