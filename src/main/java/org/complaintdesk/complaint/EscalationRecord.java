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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EscalationReason reason;

    @Column(name = "escalated_at", nullable = false)
    private OffsetDateTime escalatedAt;

    @Column(nullable = false)
    private OffsetDateTime deadline;

    protected EscalationRecord() {
    }

    /** The level and role follow from the reason; the team is kept for levels that act within a team. */
    EscalationRecord(Complaint complaint, EscalationReason reason, Instant escalatedAt, Instant deadline) {
        this.complaintId = complaint.getId();
        this.level = reason.level().number();
        this.toRole = reason.level().role().name();
        this.teamCode = reason.level().withinTeam() ? complaint.getTeamCode() : null;
        this.reason = reason;
        this.escalatedAt = Complaint.utc(escalatedAt);
        this.deadline = Complaint.utc(deadline);
    }

    public EscalationLevel getLevel() {
        return EscalationLevel.of(level);
    }

    public String getToRole() {
        return toRole;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public EscalationReason getReason() {
        return reason;
    }

    public Instant getEscalatedAt() {
        return escalatedAt.toInstant();
    }

    public Instant getDeadline() {
        return deadline.toInstant();
    }
}
