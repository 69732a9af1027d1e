package org.complaintdesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How compliance figures are grouped, and the longest period each grouping may cover. */
public enum Grouping {
    TEAM("coalesce(team_code, '-')", null),
    AGENT("logging_agent", null),
    CATEGORY("category", null),
    COMPLEXITY("complexity", null),
    CHANNEL("channel", null),
    DAY(null, Duration.ofDays(92)),
    WEEK(null, Duration.ofDays(2 * 366)),
    MONTH(null, Duration.ofDays(10 * 366));

    /** The complaint column grouped by, for the groupings that are a column; the periods are grouped by day first. */
    private final String column;
    private final Duration longestPeriod;

    Grouping(String column, Duration longestPeriod) {
        this.column = column;
        this.longestPeriod = longestPeriod;
    }

    public boolean isPeriod() {
        return column == null;
    }

    String column() {
        return column;
    }

    /** The dimension of the compliance counts this grouping reads: its own, or ALL by day for the periods. */
    String dimension() {
        return isPeriod() ? "ALL" : name();
    }

    public Duration longestPeriod() {
        return longestPeriod;
    }

    /** The group a day falls in: the day itself, the Monday of its week, or its month. */
    String periodOf(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
            case MONTH -> day.withDayOfMonth(1).toString().substring(0, 7);
            default -> day.toString();
        };
    }
}
