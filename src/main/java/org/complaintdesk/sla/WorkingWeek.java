package org.complaintdesk.sla;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A week's working hours as administrators write them, one line per weekday or run of weekdays, then the day's
 * stretches: {@code MON-FRI 09:00-12:00 13:00-18:00} and {@code SAT 10:00-16:00}. A weekday on no line is a day off.
 */
public final class WorkingWeek {

    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private WorkingWeek() {
    }

    /**
     * Reads a week.
     * @throws IllegalArgumentException naming the first line that cannot be read, and why
     */
    public static Map<DayOfWeek, List<WorkingHours>> parse(String text) {
        Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] words = line.split("[\\s,]+");
            List<WorkingHours> hours = new ArrayList<>();
            try {
                for (int w = 1; w < words.length; w++) {
                    hours.add(WorkingHours.parse(words[w]));
                }
                for (DayOfWeek day : days(words[0])) {
                    if (week.put(day, hours) != null) {
                        throw new IllegalArgumentException(DAYS.get(day.ordinal()) + " is given twice");
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return week;
    }

    private static List<DayOfWeek> days(String word) {
        String[] ends = word.toUpperCase(java.util.Locale.ROOT).split("-", 2);
        int first = DAYS.indexOf(ends[0]);
        int last = ends.length == 2 ? DAYS.indexOf(ends[1]) : first;
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("a line starts with a weekday or a run of them, such as MON or MON-FRI, not " + word);
        }
        return List.of(DayOfWeek.values()).subList(first, last + 1);
    }

    /** The week written back one line per working weekday, in the form {@link #parse} reads. */
    public static String format(BusinessCalendar calendar) {
        StringBuilder text = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingHours> hours = calendar.hours(day);
            if (!hours.isEmpty()) {
                text.append(DAYS.get(day.ordinal()));
                hours.forEach(stretch -> text.append(' ').append(stretch));
                text.append('\n');
            }
        }
        return text.toString();
    }
}
