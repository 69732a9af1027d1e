package org.complaintdesk.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One alert e-mail to one address, waiting in the outbox until sent (or given up). */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 1)
    private Long id;

    @Column(name = "alert_id")
    private Long alertId;

    @Column(nullable = false, length = 200)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected OutboxMail() {
    }

    OutboxMail(Long alertId, String recipient, String subject, String body, Instant now) {
        this.alertId = alertId;
        this.recipient = recipient;
        this.subject = cut(subject, 300);
        this.body = cut(body, 4000);
        this.createdAt = utc(now);
        this.nextAttemptAt = utc(now);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    public Long getId() {
        return id;
    }

    public Long getAlertId() {
        return alertId;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return instant(createdAt);
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return instant(nextAttemptAt);
    }

    public Instant getSentAt() {
        return instant(sentAt);
    }

    public String getLastError() {
        return lastError;
    }
}
