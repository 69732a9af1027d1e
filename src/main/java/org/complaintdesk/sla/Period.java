package org.complaintdesk.sla;

import java.time.Duration;
import java.time.Instant;

/** A reporting period [from, to), checked to be sensible for its grouping. */
public record Period(Instant from, Instant to) {

    /** The default period: the 30 days up to now. */
    public static Period lastDays(Instant now, int days) {
        return new Period(now.minus(Duration.ofDays(days)), now);
    }

    /** @return the problem with this period, or null when it is fine */
    public String problemFor(Grouping by) {
        if (!from.isBefore(to)) {
            return "to: must be after from";
        }
        if (by != null && by.longestPeriod() != null && Duration.between(from, to).compareTo(by.longestPeriod()) > 0) {
            return "to: grouping by " + by.name().toLowerCase() + " covers at most " + by.longestPeriod().toDays() + " days";
        }
        return null;
    }
}
