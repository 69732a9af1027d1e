package org.complaintdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A reporting period [from, to), checked to be sensible for its grouping. */
public record Period(Instant from, Instant to) {

    /** The default period: the 30 days up to now. */
    public static Period lastDays(Instant now, int days) {
        return new Period(now.minus(Duration.ofDays(days)), now);
    }

    /** The day the period starts in, in the given zone. */
    public LocalDate firstDay(ZoneId zone) {
        return LocalDate.ofInstant(from, zone);
    }

    /** The day after the period's last day, in the given zone (a period ending at midnight ends the day before). */
    public LocalDate endDay(ZoneId zone) {
        LocalDate end = LocalDate.ofInstant(to, zone);
        return end.atStartOfDay(zone).toInstant().isBefore(to) ? end.plusDays(1) : end;
    }

    /** This period widened to whole days in the given zone. */
    public Period wholeDays(ZoneId zone) {
        return new Period(firstDay(zone).atStartOfDay(zone).toInstant(), endDay(zone).atStartOfDay(zone).toInstant());
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
