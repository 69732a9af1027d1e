package org.complaintdesk.sla;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * One stretch of working time within a day, such as 09:00-12:00. An end of 00:00 (written 24:00) is the midnight that
 * ends the day, so that 00:00-24:00 is the whole day of a round-the-clock team.
 */
public record WorkingHours(LocalTime start, LocalTime end) {

    public static final WorkingHours WHOLE_DAY = new WorkingHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public WorkingHours {
        if (start == null || end == null || !endsAtMidnight(end) && !end.isAfter(start)) {
            throw new IllegalArgumentException("working hours must end after they start: " + start + "-" + end);
        }
    }

    private static boolean endsAtMidnight(LocalTime end) {
        return end.equals(LocalTime.MIDNIGHT);
    }

    /**
     * Reads {@code HH:mm-HH:mm}, such as 09:00-18:00 or 00:00-24:00.
     * @throws IllegalArgumentException when the text is not two times in that form, the second after the first
     */
    public static WorkingHours parse(String text) {
        String[] times = text.strip().split("\\s*-\\s*");
        if (times.length != 2) {
            throw new IllegalArgumentException("working hours are written as 09:00-18:00, not " + text.strip());
        }
        try {
            LocalTime end = times[1].equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(times[1]);
            return new WorkingHours(LocalTime.parse(times[0]), end);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("working hours are written as 09:00-18:00, not " + text.strip(), e);
        }
    }

    /** When these hours begin on {@code date} in {@code zone} (a time skipped by a clock change moves on with it). */
    Instant startOn(LocalDate date, ZoneId zone) {
        return date.atTime(start).atZone(zone).toInstant();
    }

    Instant endOn(LocalDate date, ZoneId zone) {
        return endsAtMidnight(end) ? date.plusDays(1).atStartOfDay(zone).toInstant() : date.atTime(end).atZone(zone).toInstant();
    }

    boolean overlaps(WorkingHours other) {
        return start.isBefore(other.endOrDayEnd()) && other.start.isBefore(endOrDayEnd());
    }

    private LocalTime endOrDayEnd() {
        return endsAtMidnight(end) ? LocalTime.MAX : end;
    }

    @Override
    public String toString() {
        return start + "-" + (endsAtMidnight(end) ? "24:00" : end.toString());
    }
}
