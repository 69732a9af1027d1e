package org.complaintdesk.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.complaintdesk.admin.AdminInput.CalendarInput;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.InputValidation;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.Team;
import org.complaintdesk.security.UserRepository;
import org.complaintdesk.sla.BusinessCalendar;
import org.complaintdesk.sla.HolidayList;
import org.complaintdesk.sla.StoredCalendar;
import org.complaintdesk.sla.WorkingWeek;

/**
 * The administrators' use cases on business calendars: list them, and create or change one together with the teams
 * that count in it (a team left out of the list goes back to round-the-clock time). A calendar is checked whole before
 * anything is stored; each change is a line of the admin history. A change that alters a team's calendar makes the
 * next SLA policy version: complaints received from then on count in it, those received before keep their version's.
 */
@ApplicationScoped
@Transactional
public class CalendarAdministration {

    /** A stored calendar and the teams that count in it. */
    public record CalendarWithTeams(StoredCalendar calendar, List<String> teams) {
    }

    /** The result of a save: the calendar, and whether it was new. */
    public record Saved(CalendarWithTeams calendar, boolean created) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    UserRepository users;

    @Inject
    InputValidation validation;

    @Inject
    AdminLog log;

    @Inject
    PolicyVersions policyVersions;

    public List<CalendarWithTeams> calendars(Actor actor) {
        UserAdministration.requireAdmin(actor);
        List<Team> teams = users.findTeams();
        return em.createQuery("select c from StoredCalendar c order by c.code", StoredCalendar.class).getResultList().stream()
                .map(calendar -> withTeams(calendar, teams)).toList();
    }

    public CalendarWithTeams calendar(String code, Actor actor) {
        UserAdministration.requireAdmin(actor);
        StoredCalendar calendar = em.find(StoredCalendar.class, code == null ? "" : code);
        if (calendar == null) {
            throw ComplaintException.unknown("calendar", "no calendar has the code " + code);
        }
        return withTeams(calendar, users.findTeams());
    }

    public Saved save(String code, CalendarInput input, Actor actor) {
        UserAdministration.requireAdmin(actor);
        String checkedCode = AdminInput.upper(code);
        if (checkedCode == null || !checkedCode.matches("[A-Z0-9_]{2,40}")) {
            throw ComplaintException.invalid("code", "must be 2 to 40 upper-case letters, digits or '_'").because("code");
        }
        CalendarInput checked = validation.check(input, "the calendar");
        BusinessCalendar calendar = read(checked);
        // first in turn, then read: two administrators creating the same calendar at once would both insert its row
        log.takeTurn();
        List<Team> teams = users.findTeams();
        Set<String> chosen = chosenTeams(checked.teams(), teams);
        String name = AdminInput.clean(checked.name());

        StoredCalendar stored = em.find(StoredCalendar.class, checkedCode, LockModeType.PESSIMISTIC_WRITE);
        boolean created = stored == null;
        if (created) {
            stored = new StoredCalendar(checkedCode, calendar, name);
            em.persist(stored);
            log.record(actor, "calendar:" + checkedCode, "CALENDAR_CREATED", new ChangeText().value("name", name)
                    .value("time zone", stored.getTimeZone()).value("week", oneLine(stored.getWeek())).value("days", oneLine(stored.getDays()))
                    .toString());
        } else {
            ChangeText changes = new ChangeText().change("name", stored.getName(), name)
                    .change("time zone", stored.getTimeZone(), calendar.zone().getId())
                    .change("week", oneLine(stored.getWeek()), oneLine(WorkingWeek.format(calendar)))
                    .change("days", oneLine(stored.getDays()), oneLine(new HolidayList(calendar.holidays(), calendar.makeUpDays()).format()));
            if (!changes.isEmpty()) {
                stored.change(calendar, name);
                log.record(actor, "calendar:" + checkedCode, "CALENDAR_CHANGED", changes.toString());
            }
        }
        // the calendar's row before the teams' references to it
        em.flush();
        for (Team team : teams) {
            boolean counts = chosen.contains(team.getCode());
            String after = counts ? checkedCode : Objects.equals(team.getCalendarCode(), checkedCode) ? null : team.getCalendarCode();
            if (!Objects.equals(team.getCalendarCode(), after)) {
                log.record(actor, "team:" + team.getCode(), "TEAM_CALENDAR",
                        new ChangeText().change("calendar", team.getCalendarCode(), after).toString());
                team.countIn(after);
            }
        }
        policyVersions.renew(actor);
        return new Saved(withTeams(stored, teams), created);
    }

    /** The calendar the input describes, or a refusal naming the field that does not read. */
    private static BusinessCalendar read(CalendarInput input) {
        ZoneId zone;
        try {
            zone = ZoneId.of(input.timeZone().strip());
        } catch (DateTimeException e) {
            throw ComplaintException.invalid("timeZone", "must be a time zone such as Asia/Shanghai, not " + input.timeZone().strip())
                    .because("unknownTimeZone", input.timeZone().strip());
        }
        HolidayList days;
        try {
            days = HolidayList.parse(input.days() == null ? "" : input.days());
        } catch (IllegalArgumentException e) {
            throw ComplaintException.invalid("days", e.getMessage());
        }
        try {
            return new BusinessCalendar(zone, WorkingWeek.parse(input.week()), days.holidays(), days.makeUpDays());
        } catch (IllegalArgumentException e) {
            throw ComplaintException.invalid("week", e.getMessage());
        }
    }

    private static Set<String> chosenTeams(List<String> codes, List<Team> teams) {
        Set<String> chosen = new TreeSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            String team = AdminInput.upper(code);
            if (teams.stream().noneMatch(t -> t.getCode().equals(team))) {
                throw ComplaintException.invalid("teams", "no team has the code " + code).because("noSuchTeam", code);
            }
            chosen.add(team);
        }
        return chosen;
    }

    private static CalendarWithTeams withTeams(StoredCalendar calendar, List<Team> teams) {
        return new CalendarWithTeams(calendar, teams.stream().filter(t -> calendar.getCode().equals(t.getCalendarCode()))
                .map(Team::getCode).sorted().toList());
    }

    private static String oneLine(String text) {
        return text.strip().replace("\n", "; ");
    }
}
