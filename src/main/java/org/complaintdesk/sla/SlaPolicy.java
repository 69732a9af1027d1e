package org.complaintdesk.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One version of the SLA policy: the windows, the warning share, the desk's time zone and each team's business
 * calendar as they were when the version was made. A complaint is held to the version it was received under, so
 * every deadline of it (the first, after reclassification, after reopening, an escalation's) is counted here.
 * Never changed once made; an administrator's change makes the next version.
 */
public final class SlaPolicy {

    /** A team's calendar as the version copied it, in the written forms administrators use. */
    public record TeamCalendar(String calendarCode, String calendarName, String timeZone, String week, String days) {

        BusinessCalendar read() {
            HolidayList list = HolidayList.parse(days);
            return new BusinessCalendar(ZoneId.of(timeZone), WorkingWeek.parse(week), list.holidays(), list.makeUpDays());
        }
    }

    private final int version;
    private final Instant since;
    private final String by;
    private final ZoneId zone;
    private final Map<String, String> windows;
    private final Map<String, TeamCalendar> calendars;
    private final Map<String, BusinessCalendar> read = new ConcurrentHashMap<>();

    /**
     * @param windows each of {@link SlaWindows#NAMES} with its value
     * @param calendars per team code; a team not named counts round the clock in {@code zone}
     */
    public SlaPolicy(int version, Instant since, String by, ZoneId zone, Map<String, String> windows, Map<String, TeamCalendar> calendars) {
        this.version = version;
        this.since = since;
        this.by = by;
        this.zone = zone;
        this.windows = Map.copyOf(windows);
        this.calendars = Map.copyOf(calendars);
        for (String name : SlaWindows.NAMES) {
            SlaWindows.parse(name, this.windows.get(name));
        }
    }

    public int version() {
        return version;
    }

    public Instant since() {
        return since;
    }

    public String by() {
        return by;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The windows by name, in the order screens show them. */
    public Map<String, String> windows() {
        Map<String, String> ordered = new java.util.LinkedHashMap<>();
        SlaWindows.NAMES.forEach(name -> ordered.put(name, windows.get(name)));
        return ordered;
    }

    public Map<String, TeamCalendar> calendars() {
        return new TreeMap<>(calendars);
    }

    private Duration duration(String name) {
        return (Duration) SlaWindows.parse(name, windows.get(name));
    }

    public Duration replyWindow(boolean complex) {
        return duration(complex ? "desk.sla.complex-window" : "desk.sla.simple-window");
    }

    public double warningShare() {
        return (Double) SlaWindows.parse("desk.sla.warning-share", windows.get("desk.sla.warning-share"));
    }

    public Duration leadContactWindow() {
        return duration("desk.sla.lead-contact-window");
    }

    public Duration escalationWindow() {
        return duration("desk.sla.escalation-window");
    }

    public Duration reminderCycle() {
        return duration("desk.sla.reminder-cycle");
    }

    public Duration ratingWait() {
        return duration("desk.sla.rating-wait");
    }

    /** The longest a reply clock may stand still while the desk waits for the customer (elapsed time). */
    public Duration maxPause() {
        return duration("desk.sla.max-pause");
    }

    /** The calendar a team's reply windows are counted in: its own in this version, else round the clock. */
    public BusinessCalendar calendar(String teamCode) {
        TeamCalendar own = teamCode == null ? null : calendars.get(teamCode);
        if (own == null) {
            return BusinessCalendar.roundTheClock(zone);
        }
        return read.computeIfAbsent(teamCode, team -> own.read());
    }

    /** The reply deadline of a window opened at {@code from} for a complaint of the team (DOMAIN.md section 20). */
    public Instant replyDeadline(String teamCode, Instant from, boolean complex) {
        return calendar(teamCode).plus(from, replyWindow(complex));
    }

    /** A reply window opened at {@code from} for a complaint of the team: its deadline and its warning. */
    public ReplyWindow openWindow(String teamCode, Instant from, boolean complex) {
        Instant deadline = replyDeadline(teamCode, from, complex);
        return new ReplyWindow(warningAt(teamCode, from, deadline), deadline);
    }

    /** When the warning fires: the warning share of the working time from the window's start to its deadline. */
    public Instant warningAt(String teamCode, Instant from, Instant deadline) {
        BusinessCalendar calendar = calendar(teamCode);
        long millis = calendar.between(from, deadline).toMillis();
        return calendar.plus(from, Duration.ofMillis(Math.round(millis * warningShare())));
    }

    /** Whether a version made now would hold complaints to the same terms as this one. */
    public boolean sameTermsAs(SlaPolicy other) {
        return zone.equals(other.zone) && windows.equals(other.windows) && calendars.equals(other.calendars);
    }

    /** What changed from an earlier version, one phrase per window, zone or team: "desk.sla.simple-window PT2H -> PT3H". */
    public List<String> changesSince(SlaPolicy earlier) {
        List<String> changes = new ArrayList<>();
        if (!zone.equals(earlier.zone)) {
            changes.add("time zone " + earlier.zone.getId() + " -> " + zone.getId());
        }
        for (String name : SlaWindows.NAMES) {
            if (!Objects.equals(windows.get(name), earlier.windows.get(name))) {
                changes.add(name + " " + earlier.windows.get(name) + " -> " + windows.get(name));
            }
        }
        TreeSet<String> teams = new TreeSet<>(calendars.keySet());
        teams.addAll(earlier.calendars.keySet());
        for (String team : teams) {
            TeamCalendar before = earlier.calendars.get(team);
            TeamCalendar after = calendars.get(team);
            if (!Objects.equals(before, after)) {
                changes.add("team " + team + " " + describe(before) + " -> " + describe(after)
                        + (before != null && after != null && before.calendarCode().equals(after.calendarCode()) ? " (calendar changed)" : ""));
            }
        }
        return changes;
    }

    private static String describe(TeamCalendar calendar) {
        return calendar == null ? "round the clock" : "calendar " + calendar.calendarCode();
    }
}
