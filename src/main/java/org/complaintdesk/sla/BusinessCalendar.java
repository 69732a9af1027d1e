package org.complaintdesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a team works, and the one home of the deadline arithmetic in business time (issue 12): a time zone, working
 * hours per weekday (several stretches a day), public holidays, and make-up working days (the 调休 weekends that are
 * working days, with the hours of the week's first working weekday). A window counted in this calendar starts and ends
 * only inside working time: two hours from 17:30 on a Friday, with 09:00-18:00 hours, end on Monday at 10:30.
 * Elapsed time is counted on the time line, so a working day across a clock change is as long as it really is.
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingHours>> week;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpDays;

    /**
     * @throws IllegalArgumentException when no weekday has working hours, a day's hours overlap, or a date is both a
     *         holiday and a make-up working day
     */
    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingHours>> week, Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        this.zone = zone;
        this.week = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, hours) -> {
            if (!hours.isEmpty()) {
                this.week.put(day, sortedWithoutOverlap(day, hours));
            }
        });
        if (this.week.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs working hours on at least one weekday");
        }
        this.holidays = Set.copyOf(holidays);
        this.makeUpDays = Set.copyOf(makeUpDays);
        TreeSet<LocalDate> both = new TreeSet<>(holidays);
        both.retainAll(makeUpDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("a date cannot be both a holiday and a working day: " + both.first());
        }
    }

    /** Every hour of every day counts: a 24×7 hotline's calendar, in which a window is plain elapsed time. */
    public static BusinessCalendar roundTheClock(ZoneId zone) {
        Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            week.put(day, List.of(WorkingHours.WHOLE_DAY));
        }
        return new BusinessCalendar(zone, week, Set.of(), Set.of());
    }

    private static List<WorkingHours> sortedWithoutOverlap(DayOfWeek day, List<WorkingHours> hours) {
        List<WorkingHours> sorted = new ArrayList<>(hours);
        sorted.sort(Comparator.comparing(WorkingHours::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("working hours overlap on " + day + ": " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The working hours of a weekday (empty when it is a day off), in order. */
    public List<WorkingHours> hours(DayOfWeek day) {
        return week.getOrDefault(day, List.of());
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public Set<LocalDate> makeUpDays() {
        return makeUpDays;
    }

    /** The working hours on one date: none on a holiday, the first working weekday's on a make-up day. */
    public List<WorkingHours> hoursOn(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        if (makeUpDays.contains(date)) {
            return week.values().iterator().next();
        }
        return hours(date.getDayOfWeek());
    }

    /**
     * The instant {@code window} of working time after {@code start}: a reply deadline, or with a share of the window
     * its warning. It is always inside working time (the end of a stretch counts), so a start outside working time
     * counts from the next stretch. The search ends: some weekday has working hours, and the holidays are finite.
     */
    public Instant plus(Instant start, Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("a window cannot be negative: " + window);
        }
        Duration remaining = window;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (;; day = day.plusDays(1)) {
            for (WorkingHours hours : hoursOn(day)) {
                Instant end = hours.endOn(day, zone);
                Instant from = later(hours.startOn(day, zone), start);
                if (!end.isAfter(from)) {
                    continue;
                }
                Duration available = Duration.between(from, end);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
    }

    /** The working time between two instants: how much of a window has gone, or how long a pause held the clock. */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(to + " is before " + from);
        }
        Duration total = Duration.ZERO;
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(to.atZone(zone).toLocalDate()); day = day.plusDays(1)) {
            for (WorkingHours hours : hoursOn(day)) {
                Instant start = later(hours.startOn(day, zone), from);
                Instant end = earlier(hours.endOn(day, zone), to);
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** Whether the instant lies in working time, the start and the end of a stretch included. */
    public boolean isWorkingTime(Instant instant) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        for (LocalDate date : List.of(day.minusDays(1), day)) {
            for (WorkingHours hours : hoursOn(date)) {
                if (!instant.isBefore(hours.startOn(date, zone)) && !instant.isAfter(hours.endOn(date, zone))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
