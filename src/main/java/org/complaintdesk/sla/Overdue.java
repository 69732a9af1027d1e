package org.complaintdesk.sla;

import java.time.Instant;

/**
 * The one definition of an overdue complaint: it has a reply deadline, no reply yet, and the deadline lies before the
 * moment its clock reads, which is now or, while the reply clock is paused, the moment it was paused (a paused clock
 * stands still). The same rule in Java, in SQL and in JPQL, so that a screen, a report, a metric and a search agree
 * on every complaint, at the deadline's very instant too (not yet overdue).
 */
public final class Overdue {

    /** SQL over the complaint table; its one parameter is now. */
    public static final String SQL = "replied_at is null and reply_deadline < coalesce(paused_since, ?)";

    /** JPQL over a Complaint aliased {@code c}; its one parameter is {@code :now}. */
    public static final String JPQL = "c.reply.repliedAt is null and c.reply.deadline < coalesce(c.reply.pausedSince, :now)";

    /** The statuses in which a complaint still waits for its reply, as an SQL list. */
    public static final String OPEN_STATUSES_SQL = "('OPEN', 'AWAITING_REPLY', 'ESCALATED', 'REOPENED')";

    private Overdue() {
    }

    public static boolean at(Instant now, Instant replyDeadline, Instant repliedAt, Instant pausedSince) {
        Instant clock = pausedSince == null ? now : pausedSince;
        return replyDeadline != null && repliedAt == null && replyDeadline.isBefore(clock);
    }
}
