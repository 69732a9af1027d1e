package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.between;
import static org.complaintdesk.it.support.ComplaintApi.instant;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.text;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Business calendars on the running desk: an administrator gives team NORTH office hours whose next working time is
 * the day after tomorrow, and a complaint of that team logged now is due then, its timers with it. The shared desk's
 * simple window is 30 s, warned at 15 s.
 */
class BusinessCalendarIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration SIMPLE_WINDOW = Duration.ofSeconds(30);
    private static final Duration SLACK = Duration.ofSeconds(1);

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();
    private final ComplaintApi api = new ComplaintApi(desk);
    private final DeskClient admin = new DeskClient(desk).basic("admin", "demo");

    @AfterEach
    void roundTheClockAgain() {
        // the desk is shared with the other tests: leave every team on round-the-clock time, through the desk, so that
        // the SLA policy version in force counts round the clock again
        for (JsonNode calendar : json(admin.get("/api/admin/calendars"))) {
            if (!calendar.path("teams").isEmpty()) {
                ObjectNode noTeams = (ObjectNode) calendar.deepCopy();
                noTeams.remove("code");
                noTeams.putArray("teams");
                assertStatus(admin.putJson("/api/admin/calendars/" + calendar.path("code").asString(), noTeams.toString()), 200);
            }
        }
        TestDatabase.execute(db, "delete from business_calendar");
    }

    private long northCalendarChanges() {
        return TestDatabase.count(db, "select count(*) from admin_history where subject = 'team:NORTH' and action = 'TEAM_CALENDAR'");
    }

    /** Office hours every day, with yesterday, today and tomorrow (in Shanghai) public holidays. */
    private static String officeWithHolidaysAround(LocalDate today, String teams) {
        return """
                {"name": "Back office", "timeZone": "Asia/Shanghai", "week": "MON-SUN 09:00-12:00 13:00-18:00",
                 "days": "# around today\\n%s..%s 休 test holiday", "teams": [%s]}""".formatted(today.minusDays(1), today.plusDays(1), teams);
    }

    @Test
    void aComplaintLoggedOnAHolidayIsDueInTheNextWorkingHoursAndItsTimersFollow() {
        LocalDate today = LocalDate.now(SHANGHAI);
        long northChanges = northCalendarChanges();
        HttpResponse<String> created = admin.putJson("/api/admin/calendars/OFFICE", officeWithHolidaysAround(today, "\"north\""));
        assertStatus(created, 201);
        assertThat(json(created).path("teams").toString()).isEqualTo("[\"NORTH\"]");
        assertThat(text(json(created), "week")).startsWith("MON 09:00-12:00 13:00-18:00\nTUE");
        assertThat(northCalendarChanges()).isEqualTo(northChanges + 1);

        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        Instant nextWorkingTime = today.plusDays(2).atTime(9, 0).atZone(SHANGHAI).toInstant();
        JsonNode logged = api.complaint(number);
        assertThat(between(nextWorkingTime.plus(SIMPLE_WINDOW), instant(logged, "replyDeadline")).abs()).isLessThanOrEqualTo(SLACK);
        // the reply step's warning and deadline timers are set in the calendar too: nothing fires in the holidays
        assertThat(TestDatabase.count(db, """
                select count(*) from act_ru_timer_job j join complaint c on c.process_instance_id = j.process_instance_id_
                where c.number = ? and j.duedate_ between ? and ?""", number, Timestamp.from(nextWorkingTime),
                Timestamp.from(nextWorkingTime.plus(SIMPLE_WINDOW).plus(SLACK)))).as("warning and deadline timers").isEqualTo(2);

        // the other team keeps round-the-clock time
        JsonNode south = api.complaint(api.logAwaitingReply("agent2", "BILLING", "SIMPLE"));
        assertThat(between(instant(south, "receivedAt"), instant(south, "replyDeadline"))).isLessThanOrEqualTo(SIMPLE_WINDOW.plus(SLACK));

        // left out of the calendar's teams, NORTH goes back to round-the-clock time
        assertStatus(admin.putJson("/api/admin/calendars/OFFICE", officeWithHolidaysAround(today, "")), 200);
        JsonNode after = api.complaint(api.logAwaitingReply("agent1", "BILLING", "SIMPLE"));
        assertThat(between(instant(after, "receivedAt"), instant(after, "replyDeadline"))).isLessThanOrEqualTo(SIMPLE_WINDOW.plus(SLACK));
        assertThat(northCalendarChanges()).isEqualTo(northChanges + 2);
    }

    @Test
    void aCalendarThatDoesNotReadIsRefusedAndChangesNothing() {
        long historyBefore = TestDatabase.count(db, "select count(*) from admin_history");
        assertProblem(admin.putJson("/api/admin/calendars/OFFICE", """
                {"name": "Back office", "timeZone": "Asia/Shanghai", "week": "MON-FRI 09:00-18:00",
                 "days": "2026-10-01 休\\n2026-10-02 maybe", "teams": ["NORTH"]}"""), 400, "days");
        assertProblem(admin.putJson("/api/admin/calendars/OFFICE", """
                {"name": "Back office", "timeZone": "Mars/Olympus", "week": "MON-FRI 09:00-18:00", "teams": ["NORTH"]}"""), 400, "timeZone");
        assertProblem(admin.putJson("/api/admin/calendars/OFFICE", """
                {"name": "Back office", "timeZone": "Asia/Shanghai", "week": "MON-FRI 18:00-09:00"}"""), 400, "week");
        assertProblem(admin.putJson("/api/admin/calendars/OFFICE", """
                {"name": "Back office", "timeZone": "Asia/Shanghai", "week": "MON-FRI 09:00-18:00", "teams": ["NOWHERE"]}"""), 400, "teams");
        assertProblem(admin.putJson("/api/admin/calendars/OFFICE", """
                {"name": "Back office", "timeZone": "Asia/Shanghai", "week": "MON-FRI 09:00-18:00", "teams": "NORTH"}"""), 400, "teams");
        assertProblem(admin.putJson("/api/admin/calendars/no%20spaces", """
                {"name": "Back office", "timeZone": "Asia/Shanghai", "week": "MON-FRI 09:00-18:00"}"""), 400, "code");

        assertProblem(admin.get("/api/admin/calendars/OFFICE"), 404, null);
        assertThat(TestDatabase.count(db, "select count(*) from desk_team where calendar_code is not null")).isZero();
        assertThat(TestDatabase.count(db, "select count(*) from admin_history")).isEqualTo(historyBefore);
        assertStatus(new DeskClient(desk).basic("lead1", "demo").get("/api/admin/calendars"), 403);
    }

    @Test
    void anAdministratorPastesAYearsHolidaysOnTheCalendarsScreen() {
        try (Browser admin = new Browser(desk).login("admin", "demo")) {
            admin.open("/admin/index.xhtml");
            admin.click("linkCalendars");
            admin.waitFor(ExpectedConditions.urlContains("/admin/calendars.xhtml"));
            assertThat(admin.byId("areaTitle").getText()).isEqualTo("Business calendars");
            admin.select("language", "简体中文");
            admin.waitFor(ExpectedConditions.textToBe(By.id("areaTitle"), "工作日历"));
            admin.type("code", "office");
            admin.type("name", "后台办公");
            admin.type("days", "2026-10-01..2026-10-07 休 国庆节\n2026-09-27 maybe");
            admin.click(By.cssSelector("input[type=checkbox][value=NORTH]"));
            admin.click("saveCalendar");
            admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id$=':daysMessage']"), "line 2"));
            // its own calendar: other classes leave theirs on the shared desk (AdminSettingsIT's burst makes four)
            assertThat(TestDatabase.count(db, "select count(*) from business_calendar where code = 'OFFICE'")).isZero();

            admin.type("days", "2026-10-01..2026-10-07 休 国庆节\n2026-09-27 班\n2026-10-10 班");
            admin.click("saveCalendar");
            admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "工作日历已创建。"));
            admin.screenshot("admin-calendars");
            assertThat(admin.find(By.cssSelector("tr[data-code='OFFICE']")).getText()).contains("后台办公", "Asia/Shanghai", "MON 09:00-12:00 13:00-18:00",
                    "NORTH");
            assertThat(admin.find(By.cssSelector("tr[data-code='OFFICE'] td:nth-child(5)")).getText()).as("holidays").isEqualTo("7");
            assertThat(admin.find(By.cssSelector("tr[data-code='OFFICE'] td:nth-child(6)")).getText()).as("make-up days").isEqualTo("2");
        }
        assertThat(TestDatabase.count(db, "select count(*) from desk_team where code = 'NORTH' and calendar_code = 'OFFICE'")).isEqualTo(1);
        assertThat(TestDatabase.count(db, "select count(*) from admin_history where subject = 'calendar:OFFICE' and action = 'CALENDAR_CREATED'"))
                .isEqualTo(1);
    }
}
