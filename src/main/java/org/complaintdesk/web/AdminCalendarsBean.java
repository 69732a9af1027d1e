package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.admin.AdminInput.CalendarInput;
import org.complaintdesk.admin.CalendarAdministration;
import org.complaintdesk.admin.CalendarAdministration.CalendarWithTeams;
import org.complaintdesk.admin.TeamAdministration;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.security.Team;
import org.complaintdesk.sla.BusinessCalendar;

/** The administrator's business calendars: the list, and one calendar to create or change with its teams. */
@Named
@ViewScoped
public class AdminCalendarsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarAdministration administration;

    @Inject
    TeamAdministration teamAdministration;

    @Inject
    CurrentActor current;

    private List<CalendarWithTeams> calendars = List.of();
    private List<Team> allTeams = List.of();
    /** The calendar to change, from the page's address; none: a new one. */
    private String edit;
    private String code;
    private String name;
    private String timeZone = "Asia/Shanghai";
    private String week = "MON-FRI 09:00-12:00 13:00-18:00";
    private String days;
    private List<String> teams = new ArrayList<>();

    public void load() {
        calendars = administration.calendars(current.actor());
        allTeams = teamAdministration.teams(current.actor());
        calendars.stream().filter(c -> c.calendar().getCode().equals(edit)).findFirst().ifPresent(this::fill);
    }

    private void fill(CalendarWithTeams chosen) {
        code = chosen.calendar().getCode();
        name = chosen.calendar().getName();
        timeZone = chosen.calendar().getTimeZone();
        week = chosen.calendar().getWeek();
        days = chosen.calendar().getDays();
        teams = new ArrayList<>(chosen.teams());
    }

    public String save() {
        return Screens.perform("calendarForm", () -> {
            CalendarAdministration.Saved saved = administration.save(code, new CalendarInput(name, timeZone, week, days, teams),
                    current.actor());
            AdminScreens.info(saved.created() ? "calendars.created" : "calendars.saved");
            return "/admin/calendars?faces-redirect=true";
        });
    }

    /** How many holidays and make-up working days a calendar lists, for the table. */
    public int count(CalendarWithTeams calendar, boolean holidays) {
        BusinessCalendar read = calendar.calendar().calendar();
        return holidays ? read.holidays().size() : read.makeUpDays().size();
    }

    public String teamsOf(CalendarWithTeams calendar) {
        return String.join(", ", calendar.teams());
    }

    public List<CalendarWithTeams> getCalendars() {
        return calendars;
    }

    public List<Team> getAllTeams() {
        return allTeams;
    }

    public String getEdit() {
        return edit;
    }

    public void setEdit(String edit) {
        this.edit = edit;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }

    public String getDays() {
        return days;
    }

    public void setDays(String days) {
        this.days = days;
    }

    public List<String> getTeams() {
        return teams;
    }

    public void setTeams(List<String> teams) {
        this.teams = teams;
    }
}
