package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.complaintdesk.sla.Overdue;

/** Stores and finds complaints, their deadlines and escalations. All queries are parameterised. */
@ApplicationScoped
public class ComplaintRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Complaint> findByNumber(String number) {
        return em.createQuery("select c from Complaint c where c.number = :number", Complaint.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    public Optional<Complaint> findById(Long id) {
        return Optional.ofNullable(em.find(Complaint.class, id));
    }

    /**
     * Reads the complaint with an optimistic force-increment lock: whoever commits a change second fails,
     * even when the change is only a history line.
     */
    public Complaint lockForChange(Complaint complaint) {
        em.lock(complaint, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return complaint;
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    public List<DeadlineRecord> deadlines(Long complaintId) {
        return em.createQuery("select d from DeadlineRecord d where d.complaintId = :id order by d.setAt, d.id", DeadlineRecord.class)
                .setParameter("id", complaintId).getResultList();
    }

    public List<EscalationRecord> escalations(Long complaintId) {
        return em.createQuery("select e from EscalationRecord e where e.complaintId = :id order by e.escalatedAt, e.id", EscalationRecord.class)
                .setParameter("id", complaintId).getResultList();
    }

    /** One page of complaints matching the filter, in the given order, and how many match in all. */
    public SearchResult search(ComplaintFilter filter, ComplaintFilter.Order order, Instant now, int page, int size) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(filter, now, parameters);
        String orderBy = order == ComplaintFilter.Order.MOST_URGENT
                ? " order by case when c.reply.repliedAt is null then 0 else 1 end, c.reply.deadline, c.id"
                : " order by c.receivedAt desc, c.id desc";
        TypedQuery<Complaint> query = em.createQuery("select c from Complaint c" + where + orderBy, Complaint.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from Complaint c" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<Complaint> items = query.setFirstResult(page * size).setMaxResults(size).getResultList();
        return new SearchResult(items, count.getSingleResult());
    }

    private static String where(ComplaintFilter filter, Instant now, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.team() != null) {
            conditions.add("c.teamCode = :team");
            parameters.put("team", filter.team());
        }
        if (filter.category() != null) {
            conditions.add("c.category = :category");
            parameters.put("category", filter.category());
        }
        if (filter.complexity() != null) {
            conditions.add("c.complexity = :complexity");
            parameters.put("complexity", filter.complexity());
        }
        if (filter.from() != null) {
            conditions.add("c.receivedAt >= :from");
            parameters.put("from", Complaint.utc(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("c.receivedAt < :to");
            parameters.put("to", Complaint.utc(filter.to()));
        }
        if (filter.phone() != null) {
            conditions.add("c.customer.contactPhone = :phone");
            parameters.put("phone", filter.phone());
        }
        if (filter.surname() != null) {
            conditions.add("lower(c.customer.surname) = :surname");
            parameters.put("surname", filter.surname().toLowerCase());
        }
        if (filter.agent() != null) {
            conditions.add("c.loggingAgent = :agent");
            parameters.put("agent", filter.agent());
        }
        if (filter.openOnly()) {
            conditions.add("c.status <> :closedStatus");
            parameters.put("closedStatus", ComplaintStatus.CLOSED);
        }
        if (filter.dueSoonBefore() != null) {
            conditions.add("c.reply.repliedAt is null and c.reply.pausedSince is null and c.reply.deadline >= :dueFrom"
                    + " and c.reply.deadline < :dueSoonBefore and c.status <> :closedStatus");
            parameters.put("dueFrom", Complaint.utc(now));
            parameters.put("dueSoonBefore", Complaint.utc(filter.dueSoonBefore()));
            parameters.put("closedStatus", ComplaintStatus.CLOSED);
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            conditions.add(Overdue.JPQL + " and c.status <> :closed");
            parameters.put("now", Complaint.utc(now));
            parameters.put("closed", ComplaintStatus.CLOSED);
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** A page of complaints and the total that matched. */
    public record SearchResult(List<Complaint> items, long total) {
    }
}
