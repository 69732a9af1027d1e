package org.complaintdesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One escalation of a complaint: to which level and role, why, when, and by when the holder must act. */
@Entity
@Table(name = "complaint_escalation")
public class EscalationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_escalation_seq")
    @SequenceGenerator(name = "complaint_escalation_seq", sequenceName = "complaint_escalation_seq", allocationSize = 1)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(nullable = false)
    private int level;

    @Column(name = "to_role", nullable = false, length = 20)
    private String toRole;

    @Column(name = "team_code", length = 40)
    private String teamCode;

    @Column(nullable = false, length = 20)
    private String reason;

    @Column(name = "escalated_at", nullable = false)
    private OffsetDateTime escalatedAt;

    @Column(nullable = false)
    private OffsetDateTime deadline;

    protected EscalationRecord() {
    }

    EscalationRecord(Long complaintId, int level, String toRole, String teamCode, String reason, Instant escalatedAt,
            Instant deadline) {
        this.complaintId = complaintId;
        this.level = level;
        this.toRole = toRole;
        this.teamCode = teamCode;
        this.reason = reason;
        this.escalatedAt = Complaint.utc(escalatedAt);
        this.deadline = Complaint.utc(deadline);
    }

    public int getLevel() {
        return level;
    }

    public String getToRole() {
        return toRole;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public String getReason() {
        return reason;
    }

    public Instant getEscalatedAt() {
        return escalatedAt.toInstant();
    }

    public Instant getDeadline() {
        return deadline.toInstant();
    }
}
