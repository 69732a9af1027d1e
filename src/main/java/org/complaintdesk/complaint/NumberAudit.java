package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.sla.Period;

/**
 * The auditor's account of complaint numbers: between the first and the last number used in a period, every number that
 * belongs to no complaint, with its recorded fate, or none when the desk could not record one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NumberAudit {

    /** At most this many missing numbers are listed; the counts cover them all. */
    static final int MAX_LISTED = 1000;

    /** A number that belongs to no complaint: its id, and its fate when one was recorded. */
    public record Missing(long id, String number, NumberFate.Fate fate, Instant recordedAt, String detail) {
    }

    /** The numbers from {@code firstId} to {@code lastId}: how many are complaints, which are not, how many of those have no fate. */
    public record Account(Long firstId, Long lastId, long complaints, long missing, long unaccounted, List<Missing> listed) {
    }

    @PersistenceContext
    EntityManager em;

    public Account account(Period period) {
        Timestamp from = Timestamp.from(period.from());
        Timestamp to = Timestamp.from(period.to());
        Object[] bounds = (Object[]) em.createNativeQuery("""
                select min(id), max(id) from (
                    select id from complaint where received_at >= ?1 and received_at < ?2
                    union all
                    select complaint_id from complaint_number_fate where recorded_at >= ?1 and recorded_at < ?2) used""")
                .setParameter(1, from).setParameter(2, to).getSingleResult();
        if (bounds[0] == null) {
            return new Account(null, null, 0, 0, 0, List.of());
        }
        long first = ((Number) bounds[0]).longValue();
        long last = ((Number) bounds[1]).longValue();
        Object[] counts = (Object[]) em.createNativeQuery("""
                select count(*), count(*) filter (where f.complaint_id is null)
                from generate_series(?1, ?2) n(id)
                left join complaint c on c.id = n.id
                left join complaint_number_fate f on f.complaint_id = n.id
                where c.id is null""").setParameter(1, first).setParameter(2, last).getSingleResult();
        List<Missing> listed = new ArrayList<>();
        for (Object row : em.createNativeQuery("""
                select n.id, f.number, f.fate, f.recorded_at, f.detail
                from generate_series(?1, ?2) n(id)
                left join complaint c on c.id = n.id
                left join complaint_number_fate f on f.complaint_id = n.id
                where c.id is null order by n.id""").setParameter(1, first).setParameter(2, last).setMaxResults(MAX_LISTED).getResultList()) {
            Object[] r = (Object[]) row;
            listed.add(new Missing(((Number) r[0]).longValue(), (String) r[1], r[2] == null ? null : NumberFate.Fate.valueOf((String) r[2]),
                    instant(r[3]), (String) r[4]));
        }
        long missing = ((Number) counts[0]).longValue();
        // every number from first to last is a complaint's or missing
        return new Account(first, last, last - first + 1 - missing, missing, ((Number) counts[1]).longValue(), listed);
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o ? o.toInstant() : null;
    }
}
