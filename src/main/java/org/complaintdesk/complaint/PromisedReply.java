package org.complaintdesk.complaint;

import static org.complaintdesk.complaint.Complaint.instant;
import static org.complaintdesk.complaint.Complaint.utc;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.complaintdesk.sla.Overdue;
import org.complaintdesk.sla.ReplyWindow;

/**
 * The reply the desk promised the customer and its SLA outcome: the deadline, the clock's pauses, the reply given and
 * whether it met the deadline (DOMAIN.md section 20). Derived state (met, minutes late, overdue) is decided here.
 */
@Embeddable
public class PromisedReply {

    @Column(name = "reply_deadline")
    private OffsetDateTime deadline;

    /** Since when the reply clock stands still (the desk waits for the customer); null while it runs. */
    @Column(name = "paused_since")
    private OffsetDateTime pausedSince;

    /** The business time the reply clock has stood still in all, in seconds: the deadline moved by this much. */
    @Column(name = "paused_seconds", nullable = false)
    private long pausedSeconds;

    @Column(name = "replied_at")
    private OffsetDateTime repliedAt;

    @Column(name = "reply", length = 4000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_channel", length = 20)
    private Channel channel;

    @Column(name = "customer_understood")
    private Boolean customerUnderstood;

    @Column(name = "sla_met")
    private Boolean slaMet;

    @Column(name = "minutes_late")
    private Integer minutesLate;

    /** Holds the reply to a new window (ReplyWindows, the one place that opens one). */
    void open(ReplyWindow window) {
        this.deadline = utc(window.deadline());
    }

    /** Records the clear reply and whether it met the deadline. */
    void record(String replyText, Channel via, boolean understood, Instant at) {
        this.text = replyText;
        this.channel = via;
        this.customerUnderstood = understood;
        this.repliedAt = utc(at);
        if (deadline != null) {
            this.minutesLate = minutesLate(deadline.toInstant(), at);
            this.slaMet = minutesLate == 0;
        }
    }

    /** A reopened complaint waits for a new reply: the earlier one no longer counts. */
    void clear() {
        this.repliedAt = null;
        this.slaMet = null;
        this.minutesLate = null;
    }

    /** How late a reply at {@code at} is for the deadline: 0 when on time, else whole minutes rounded up (the SLA rule). */
    static int minutesLate(Instant deadline, Instant at) {
        long secondsLate = Duration.between(deadline, at).getSeconds();
        return secondsLate <= 0 ? 0 : (int) ((secondsLate + 59) / 60);
    }

    void pause(Instant at) {
        this.pausedSince = utc(at);
    }

    /** The clock runs again, the paused business time counted; ReplyWindows moves the deadline by it. */
    void resume(Duration paused) {
        this.pausedSince = null;
        this.pausedSeconds += paused.getSeconds();
    }

    /** The SLA state at the given moment, for a complaint that has a reply deadline at all. */
    SlaState state(Instant now) {
        if (slaMet != null) {
            return slaMet ? SlaState.MET : SlaState.BREACHED;
        }
        return Overdue.at(now, deadline(), null, pausedSince()) ? SlaState.OVERDUE : SlaState.PENDING;
    }

    public Instant deadline() {
        return instant(deadline);
    }

    public boolean isPaused() {
        return pausedSince != null;
    }

    public Instant pausedSince() {
        return instant(pausedSince);
    }

    public long pausedSeconds() {
        return pausedSeconds;
    }

    public Instant repliedAt() {
        return instant(repliedAt);
    }

    public String text() {
        return text;
    }

    public Channel channel() {
        return channel;
    }

    public Boolean customerUnderstood() {
        return customerUnderstood;
    }

    public Boolean slaMet() {
        return slaMet;
    }

    public Integer minutesLate() {
        return minutesLate;
    }
}
