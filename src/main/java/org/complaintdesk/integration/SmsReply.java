package org.complaintdesk.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** A customer's SMS reply as the gateway passed it on, and what the desk made of it: kept for the record. */
@Entity
@Table(name = "sms_reply")
public class SmsReply {

    /** What became of a reply. Only RECORDED changes a complaint. */
    public enum Outcome { RECORDED, NOT_A_RATING, UNKNOWN_REFERENCE, LATE, DUPLICATE }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sms_reply_seq")
    @SequenceGenerator(name = "sms_reply_seq", sequenceName = "sms_reply_seq", allocationSize = 1)
    private Long id;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(nullable = false, length = 40)
    private String reference;

    @Column(length = 40)
    private String sender;

    @Column(nullable = false, length = 500)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "complaint_id")
    private Long complaintId;

    protected SmsReply() {
    }

    SmsReply(Instant receivedAt, String reference, String sender, String text, Outcome outcome, Long complaintId) {
        this.receivedAt = receivedAt.atOffset(ZoneOffset.UTC);
        this.reference = reference;
        this.sender = sender;
        this.text = text;
        this.outcome = outcome;
        this.complaintId = complaintId;
    }

    public Outcome getOutcome() {
        return outcome;
    }
}
