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
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One pause of a complaint's reply clock, from its start to its end: a line of the pause ledger. */
@Entity
@Table(name = "complaint_pause")
public class Pause {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_pause_seq")
    @SequenceGenerator(name = "complaint_pause_seq", sequenceName = "complaint_pause_seq", allocationSize = 1)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(name = "paused_at", nullable = false)
    private OffsetDateTime pausedAt;

    @Column(name = "paused_by", nullable = false, length = 80)
    private String pausedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PauseReason reason;

    @Column(length = 1000)
    private String note;

    @Column(name = "resume_by", nullable = false)
    private OffsetDateTime resumeBy;

    @Column(name = "deadline_at_pause", nullable = false)
    private OffsetDateTime deadlineAtPause;

    @Column(name = "resumed_at")
    private OffsetDateTime resumedAt;

    @Column(name = "resumed_by", length = 80)
    private String resumedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Resumption resumption;

    @Column(name = "paused_seconds")
    private Long pausedSeconds;

    @Column(name = "deadline_after")
    private OffsetDateTime deadlineAfter;

    protected Pause() {
    }

    Pause(Complaint complaint, Instant at, String by, PauseReason reason, String note, Duration maxPause) {
        this.complaintId = complaint.getId();
        this.pausedAt = utc(at);
        this.pausedBy = by;
        this.reason = reason;
        this.note = note;
        this.resumeBy = utc(at.plus(maxPause));
        this.deadlineAtPause = utc(complaint.getReplyDeadline());
    }

    void end(Instant at, String by, Resumption how, Duration paused, Instant deadline) {
        this.resumedAt = utc(at);
        this.resumedBy = by;
        this.resumption = how;
        this.pausedSeconds = paused.getSeconds();
        this.deadlineAfter = utc(deadline);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public Instant getPausedAt() {
        return pausedAt.toInstant();
    }

    public String getPausedBy() {
        return pausedBy;
    }

    public PauseReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getResumeBy() {
        return resumeBy.toInstant();
    }

    public Instant getDeadlineAtPause() {
        return deadlineAtPause.toInstant();
    }

    public Instant getResumedAt() {
        return resumedAt == null ? null : resumedAt.toInstant();
    }

    public String getResumedBy() {
        return resumedBy;
    }

    public Resumption getResumption() {
        return resumption;
    }

    public Long getPausedSeconds() {
        return pausedSeconds;
    }

    public Instant getDeadlineAfter() {
        return deadlineAfter == null ? null : deadlineAfter.toInstant();
    }
}
