package org.complaintdesk.sla;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.TreeSet;

/**
 * A year's public holidays and make-up working days as an administrator pastes them, one date or range per line,
 * with 休 (or off) for days off and 班 (or work) for make-up working days; anything after that names the day, and a
 * line starting with # is a comment. The State Council's notice for a year reads, for the Spring Festival:
 * <pre>
 * 2026-02-15..2026-02-23 休 春节
 * 2026-02-14 班 春节调休
 * 2026-02-28 班 春节调休
 * </pre>
 */
public record HolidayList(Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {

    /** The longest range a line may give: longer is a typing error, not a holiday. */
    private static final int MAX_RANGE_DAYS = 31;

    public HolidayList {
        holidays = Set.copyOf(holidays);
        makeUpDays = Set.copyOf(makeUpDays);
    }

    /**
     * Reads a pasted list.
     * @throws IllegalArgumentException naming the first line that cannot be read, and why
     */
    public static HolidayList parse(String text) {
        Set<LocalDate> off = new TreeSet<>();
        Set<LocalDate> work = new TreeSet<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split("\\s+", 3);
            Set<LocalDate> into = words.length < 2 || isDayOff(words[1]) ? off : isWorkday(words[1]) ? work : null;
            if (into == null) {
                throw new IllegalArgumentException("line " + (i + 1) + ": after the date comes 休 (day off) or 班 (working day), not " + words[1]);
            }
            for (LocalDate date : dates(words[0], i + 1)) {
                if (!into.add(date) || (into == off ? work : off).contains(date)) {
                    throw new IllegalArgumentException("line " + (i + 1) + ": " + date + " is given twice");
                }
            }
        }
        return new HolidayList(off, work);
    }

    private static boolean isDayOff(String word) {
        return word.equals("休") || word.equals("放假") || word.equalsIgnoreCase("off");
    }

    private static boolean isWorkday(String word) {
        return word.equals("班") || word.equals("上班") || word.equalsIgnoreCase("work");
    }

    private static Set<LocalDate> dates(String word, int line) {
        String[] ends = word.split("\\.\\.", 2);
        try {
            LocalDate first = LocalDate.parse(ends[0]);
            LocalDate last = ends.length == 2 ? LocalDate.parse(ends[1]) : first;
            if (last.isBefore(first) || first.plusDays(MAX_RANGE_DAYS).isBefore(last)) {
                throw new IllegalArgumentException("line " + line + ": a range runs forward and for at most " + MAX_RANGE_DAYS + " days: " + word);
            }
            Set<LocalDate> dates = new TreeSet<>();
            for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
                dates.add(date);
            }
            return dates;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + line + ": a date is written 2026-02-15, a range 2026-02-15..2026-02-23, not " + word, e);
        }
    }

    /** The list written back one date per line, days off first, in the form {@link #parse} reads. */
    public String format() {
        StringBuilder text = new StringBuilder();
        new TreeSet<>(holidays).forEach(date -> text.append(date).append(" 休\n"));
        new TreeSet<>(makeUpDays).forEach(date -> text.append(date).append(" 班\n"));
        return text.toString();
    }
}
