package org.complaintdesk.complaint;

import java.time.Instant;

/** What a complaint search may filter by; null means any. */
public record ComplaintFilter(ComplaintStatus status, String team, Category category, Complexity complexity,
        Boolean overdue, Instant from, Instant to, String phone, String surname) {

    public static ComplaintFilter any() {
        return new ComplaintFilter(null, null, null, null, null, null, null, null, null);
    }
}
