package org.complaintdesk.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.complaintdesk.complaint.AlertRaised;

/**
 * The e-mail outbox (table mail_outbox). Mails are queued in the transaction that raises their alert; the sender
 * claims them one at a time with a conditional update, so that two desks on one database never take the same
 * mail, and records the outcome each in a short transaction of its own. Times are the wall clock, not the
 * desk's (engine) clock: retries wait for a real mail server.
 */
@ApplicationScoped
public class MailOutbox {

    /** What became of a mail: waiting to be (re)tried, sent, or given up after the last attempt. */
    public enum Status { PENDING, SENT, FAILED }

    private static final String DUE = "m.sentAt is null and m.attempts < :max and m.nextAttemptAt <= :now"
            + " and (m.claimedUntil is null or m.claimedUntil < :now)";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSettings settings;

    /**
     * Queues the alert's e-mail for each of its recipients who has an address, when mail is on and the alert's
     * kind goes by mail. Joins the caller's transaction: the mail commits or rolls back with its alert.
     */
    @Transactional(TxType.MANDATORY)
    public void queue(AlertRaised alert) {
        if (!settings.enabled() || alert.usernames().isEmpty() || !settings.alertKinds().contains(alert.kind())) {
            return;
        }
        List<String> addresses = em.createQuery("select u.email from DeskUser u where u.username in :names"
                + " and u.enabled = true and u.email is not null", String.class)
                .setParameter("names", alert.usernames()).getResultList();
        String subject = AlertMailText.subject(alert.kind(), alert.complaintNumber());
        String body = AlertMailText.body(alert.message(), alert.complaintNumber(), settings.publicUrl());
        Instant now = Instant.now();
        for (String address : new TreeSet<>(addresses.stream().map(String::strip).filter(a -> !a.isEmpty()).toList())) {
            em.persist(new OutboxMail(alert.alertId(), address, subject, body, now));
        }
    }

    /** Claims the next due mail for the given time; empty when none is due (or others claimed them first). */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<OutboxMail> claimNext(Instant now, int maxAttempts, Duration claimFor) {
        List<Long> due = em.createQuery("select m.id from OutboxMail m where " + DUE + " order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("max", maxAttempts).setParameter("now", OutboxMail.utc(now)).setMaxResults(10).getResultList();
        for (Long id : due) {
            int claimed = em.createQuery("update OutboxMail m set m.claimedUntil = :until where m.id = :id and " + DUE)
                    .setParameter("until", OutboxMail.utc(now.plus(claimFor))).setParameter("id", id)
                    .setParameter("max", maxAttempts).setParameter("now", OutboxMail.utc(now)).executeUpdate();
            if (claimed == 1) {
                return Optional.of(em.find(OutboxMail.class, id));
            }
        }
        return Optional.empty();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void markSent(Long id, Instant at) {
        em.createQuery("update OutboxMail m set m.sentAt = :at, m.claimedUntil = null, m.lastError = null where m.id = :id")
                .setParameter("at", OutboxMail.utc(at)).setParameter("id", id).executeUpdate();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void markFailed(Long id, String error, Instant nextAttemptAt) {
        em.createQuery("update OutboxMail m set m.attempts = m.attempts + 1, m.lastError = :error,"
                + " m.nextAttemptAt = :next, m.claimedUntil = null where m.id = :id")
                .setParameter("error", OutboxMail.cut(error, 1000)).setParameter("next", OutboxMail.utc(nextAttemptAt))
                .setParameter("id", id).executeUpdate();
    }

    /** Mails not yet sent that will still be tried. */
    public long countWaiting(int maxAttempts) {
        return em.createQuery("select count(m) from OutboxMail m where m.sentAt is null and m.attempts < :max", Long.class)
                .setParameter("max", maxAttempts).getSingleResult();
    }

    /** The newest mails, of one status or (null) of any. */
    public List<OutboxMail> newest(Status status, int maxAttempts, int limit) {
        String where = status == null ? "" : switch (status) {
            case PENDING -> " where m.sentAt is null and m.attempts < :max";
            case SENT -> " where m.sentAt is not null";
            case FAILED -> " where m.sentAt is null and m.attempts >= :max";
        };
        TypedQuery<OutboxMail> query = em.createQuery("select m from OutboxMail m" + where + " order by m.createdAt desc, m.id desc",
                OutboxMail.class).setMaxResults(limit);
        if (where.contains(":max")) {
            query.setParameter("max", maxAttempts);
        }
        return query.getResultList();
    }
}
