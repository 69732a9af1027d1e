package org.complaintdesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Why a complaint number that was drawn belongs to no complaint. */
@Entity
@Table(name = "complaint_number_fate")
public class NumberFate {

    /** What became of the number. */
    public enum Fate {
        /** Its intake's transaction did not commit: refused at commit (a raced Idempotency-Key, say) or failed. */
        ROLLED_BACK
    }

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(nullable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Fate fate;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Column(length = 500)
    private String detail;

    protected NumberFate() {
    }

    NumberFate(Long complaintId, String number, Fate fate, Instant recordedAt, String detail) {
        this.complaintId = complaintId;
        this.number = number;
        this.fate = fate;
        this.recordedAt = OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC);
        this.detail = detail;
    }
}
