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

/** An Idempotency-Key an integration sent, the hash of the request it came with, and the complaint it created. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_record_seq")
    @SequenceGenerator(name = "idempotency_record_seq", sequenceName = "idempotency_record_seq", allocationSize = 1)
    private Long id;

    @Column(name = "integration_id", nullable = false)
    private Long integrationId;

    @Column(name = "idempotency_key", nullable = false, length = 200)
    private String idempotencyKey;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(Long integrationId, String idempotencyKey, String requestHash, Long complaintId, Instant createdAt) {
        this.integrationId = integrationId;
        this.idempotencyKey = idempotencyKey;
        this.requestHash = requestHash;
        this.complaintId = complaintId;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    String getRequestHash() {
        return requestHash;
    }

    Long getComplaintId() {
        return complaintId;
    }
}
