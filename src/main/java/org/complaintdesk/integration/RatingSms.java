package org.complaintdesk.integration;

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

/** The satisfaction question sent when a complaint closes; its reference comes back with the answer. */
@Entity
@Table(name = "rating_sms")
public class RatingSms {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_sms_seq")
    @SequenceGenerator(name = "rating_sms_seq", sequenceName = "rating_sms_seq", allocationSize = 1)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(nullable = false, unique = true, length = 16)
    private String reference;

    @Column(nullable = false, length = 20)
    private String phone;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "handed_over_at")
    private OffsetDateTime handedOverAt;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    protected RatingSms() {
    }

    RatingSms(Long complaintId, String reference, String phone, String text, Instant createdAt) {
        this.complaintId = complaintId;
        this.reference = reference;
        this.phone = phone;
        this.text = text;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    void handedOver(Instant at) {
        handedOverAt = at.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getReference() {
        return reference;
    }

    public String getPhone() {
        return phone;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getHandedOverAt() {
        return handedOverAt == null ? null : handedOverAt.toInstant();
    }

    public Instant getAnsweredAt() {
        return answeredAt == null ? null : answeredAt.toInstant();
    }
}
