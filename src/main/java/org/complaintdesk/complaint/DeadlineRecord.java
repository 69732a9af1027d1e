package org.complaintdesk.complaint;

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

/** A reply deadline that applied to a complaint, and why it was set. */
@Entity
@Table(name = "complaint_deadline")
public class DeadlineRecord {

    /** Why a deadline was set. */
    /** Why the deadline was set: at intake, by reclassification, by reopening, or moved by a pause of the clock. */
    public enum Reason { INITIAL, RECLASSIFIED, REOPENED, RESUMED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_deadline_seq")
    @SequenceGenerator(name = "complaint_deadline_seq", sequenceName = "complaint_deadline_seq", allocationSize = 1)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(nullable = false)
    private OffsetDateTime deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Complexity complexity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Reason reason;

    @Column(name = "set_at", nullable = false)
    private OffsetDateTime setAt;

    @Column(name = "set_by", nullable = false, length = 80)
    private String setBy;

    protected DeadlineRecord() {
    }

    DeadlineRecord(Long complaintId, Instant deadline, Complexity complexity, Reason reason, Instant setAt, String setBy) {
        this.complaintId = complaintId;
        this.deadline = Complaint.utc(deadline);
        this.complexity = complexity;
        this.reason = reason;
        this.setAt = Complaint.utc(setAt);
        this.setBy = setBy;
    }

    public Instant getDeadline() {
        return deadline.toInstant();
    }

    public Complexity getComplexity() {
        return complexity;
    }

    public Reason getReason() {
        return reason;
    }

    public Instant getSetAt() {
        return setAt.toInstant();
    }

    public String getSetBy() {
        return setBy;
    }
}
