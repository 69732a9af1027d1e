package org.complaintdesk.complaint;

import java.time.Instant;

/**
 * What a complaint search may filter by; null means any. {@code agent} is the agent who holds the complaint,
 * {@code openOnly} leaves closed complaints out, {@code dueSoonBefore} keeps the open ones whose reply falls due
 * between now and that instant (the team board's "due soon").
 */
public record ComplaintFilter(ComplaintStatus status, String team, Category category, Complexity complexity,
        Boolean overdue, Instant from, Instant to, String phone, String surname, String agent, boolean openOnly,
        Instant dueSoonBefore) {

    public ComplaintFilter(ComplaintStatus status, String team, Category category, Complexity complexity,
            Boolean overdue, Instant from, Instant to, String phone, String surname) {
        this(status, team, category, complexity, overdue, from, to, phone, surname, null, false, null);
    }

    public static ComplaintFilter any() {
        return new ComplaintFilter(null, null, null, null, null, null, null, null, null);
    }

    /** How the matches are listed. */
    public enum Order {
        /** Newest first (searches). */
        NEWEST,
        /** The reply due first first, replied and closed ones last (a team's open work). */
        MOST_URGENT
    }
}
