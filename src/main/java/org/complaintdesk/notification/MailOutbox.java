package org.complaintdesk.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.complaintdesk.complaint.AlertRaised;
import org.complaintdesk.complaint.AlertText;
import org.complaintdesk.sla.SlaWindows;
import javax.sql.DataSource;

/**
 * The e-mail outbox (table mail_outbox). Mails are queued with JPA in the transaction that raises their alert.
 * The sender works on it with plain JDBC in auto-commit, in no transaction at all (as DeskMetrics reads): it claims
 * one mail at a time with a conditional update, so that two desks on one database never take the same mail, and
 * records each outcome in one statement. (On the scheduler's long-lived context, JTA transactions and entity
 * managers left Payara's pool handing one connection to two threads.) Times are the wall clock, not the desk's
 * (engine) clock: retries wait for a real mail server.
 */
@ApplicationScoped
public class MailOutbox {

    /** What became of a mail: waiting to be (re)tried, sent, or given up after the last attempt. */
    public enum Status {
        PENDING, SENT, FAILED;

        /** The status of this name in any case (pending, SENT...), if there is one. */
        public static java.util.Optional<Status> named(String name) {
            return java.util.Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
        }
    }

    /** A mail claimed for sending. */
    public record Claimed(long id, String recipient, String subject, String body, int attempts) {
    }

    private static final String DUE = "sent_at is null and attempts < ? and next_attempt_at <= ?"
            + " and (claimed_until is null or claimed_until < ?)";

    @PersistenceContext
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Inject
    MailSettings settings;

    @Inject
    SlaWindows windows;

    /**
     * Queues the alert's e-mail for each of its recipients who has an address, when mail is on and the alert's
     * kind goes by mail. A synchronous observer, so it joins the transaction that raised the alert: no mail for an
     * alert that rolls back, none lost for one that commits (and the complaint package needs no knowledge of mail).
     */
    @Transactional(TxType.MANDATORY)
    public void queue(@Observes AlertRaised alert) {
        if (!settings.enabled() || alert.usernames().isEmpty() || !settings.alertKinds().contains(alert.kind())) {
            return;
        }
        List<Object[]> recipients = em.createQuery("select u.email, u.language from DeskUser u where u.username in :names"
                + " and u.enabled = true and u.email is not null", Object[].class)
                .setParameter("names", alert.usernames()).getResultList();
        // one mail per address (two users may share one), in the language of the first user with it
        Map<String, Locale> languages = new TreeMap<>();
        for (Object[] recipient : recipients) {
            String address = ((String) recipient[0]).strip();
            if (!address.isEmpty()) {
                languages.putIfAbsent(address, AlertText.readersLocale((String) recipient[1]));
            }
        }
        Instant now = Instant.now();
        languages.forEach((address, language) -> {
            String text = AlertMailText.alert(alert.text(), alert.message(), language, windows.timeZone());
            em.persist(new OutboxMail(alert.alertId(), address, AlertMailText.subject(alert.kind(), alert.complaintNumber(), language),
                    AlertMailText.body(text, alert.complaintNumber(), settings.publicUrl(), language), now));
        });
    }

    /** The newest mails, of one status or (null) of any. */
    @Transactional
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

    /** Claims the next due mail; empty when none is due (or other desks claimed them first). */
    public Optional<Claimed> claimNext(Instant now, int maxAttempts, Duration claimFor) {
        try (Connection connection = dataSource.getConnection()) {
            List<Long> due = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select id from mail_outbox where " + DUE + " order by next_attempt_at, id")) {
                select.setMaxRows(10);
                bindDue(select, 1, maxAttempts, now);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        due.add(rs.getLong(1));
                    }
                }
            }
            for (long id : due) {
                try (PreparedStatement claim = connection.prepareStatement(
                        "update mail_outbox set claimed_until = ? where id = ? and " + DUE)) {
                    claim.setObject(1, OutboxMail.utc(now.plus(claimFor)));
                    claim.setLong(2, id);
                    bindDue(claim, 3, maxAttempts, now);
                    if (claim.executeUpdate() == 1) {
                        return Optional.of(load(connection, id));
                    }
                }
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim from the mail outbox: " + e.getMessage(), e);
        }
    }

    public void markSent(long id, Instant at) {
        update("update mail_outbox set sent_at = ?, claimed_until = null, last_error = null where id = ?", OutboxMail.utc(at), id);
    }

    public void markFailed(long id, String error, Instant nextAttemptAt) {
        update("update mail_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?, claimed_until = null"
                + " where id = ?", OutboxMail.cut(error, 1000), OutboxMail.utc(nextAttemptAt), id);
    }

    /** Mails not yet sent that will still be tried. */
    public long countWaiting(int maxAttempts) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from mail_outbox where sent_at is null and attempts < ?")) {
            count.setInt(1, maxAttempts);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the mail outbox: " + e.getMessage(), e);
        }
    }

    private static void bindDue(PreparedStatement statement, int first, int maxAttempts, Instant now) throws SQLException {
        statement.setInt(first, maxAttempts);
        statement.setObject(first + 1, OutboxMail.utc(now));
        statement.setObject(first + 2, OutboxMail.utc(now));
    }

    private static Claimed load(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select recipient, subject, body, attempts from mail_outbox where id = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return new Claimed(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
            }
        }
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                update.setObject(i + 1, values[i]);
            }
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the mail outbox: " + e.getMessage(), e);
        }
    }
}
