package org.complaintdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A policy version counts each team's deadlines in the calendar it copied, and says what changed from an earlier one. */
class SlaPolicyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final SlaPolicy.TeamCalendar OFFICE = new SlaPolicy.TeamCalendar("OFFICE", "Back office", "Asia/Shanghai",
            "MON-FRI 09:00-18:00", "2026-03-09 休 test holiday\n");

    static Map<String, String> standardWindows() {
        Map<String, String> windows = new HashMap<>();
        windows.put("desk.sla.simple-window", "PT2H");
        windows.put("desk.sla.complex-window", "PT24H");
        windows.put("desk.sla.warning-share", "0.75");
        windows.put("desk.sla.lead-contact-window", "PT30M");
        windows.put("desk.sla.escalation-window", "PT2H");
        windows.put("desk.sla.reminder-cycle", "PT30M");
        windows.put("desk.sla.rating-wait", "PT72H");
        windows.put("desk.sla.max-pause", "P3D");
        return windows;
    }

    private static SlaPolicy policy(int version, Map<String, String> windows, Map<String, SlaPolicy.TeamCalendar> calendars) {
        return new SlaPolicy(version, Instant.parse("2026-03-01T00:00:00Z"), "admin", SHANGHAI, windows, calendars);
    }

    private static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aTeamWithACalendarCountsOfficeHoursAndTheOthersRoundTheClock() {
        SlaPolicy policy = policy(3, standardWindows(), Map.of("BACKOFFICE", OFFICE));
        Instant fridayEvening = at("2026-03-06T17:30");

        // Monday the 9th is a holiday in the copied calendar: due Tuesday 10:30
        assertThat(policy.replyDeadline("BACKOFFICE", fridayEvening, false)).isEqualTo(at("2026-03-10T10:30"));
        assertThat(policy.replyDeadline("NORTH", fridayEvening, false)).isEqualTo(at("2026-03-06T19:30"));
        assertThat(policy.replyDeadline(null, fridayEvening, true)).isEqualTo(at("2026-03-07T17:30"));
        // the warning at three quarters of the business window: 30 min on Friday, then 60 min on Tuesday
        assertThat(policy.warningAt("BACKOFFICE", fridayEvening, at("2026-03-10T10:30"))).isEqualTo(at("2026-03-10T10:00"));
        assertThat(policy.escalationWindow()).isEqualTo(Duration.ofHours(2));
        assertThat(policy.reminderCycle()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void termsNotWhoOrWhenDecideWhetherAVersionIsNew() {
        SlaPolicy first = policy(1, standardWindows(), Map.of());
        SlaPolicy same = new SlaPolicy(2, Instant.parse("2026-03-02T00:00:00Z"), "system", SHANGHAI, standardWindows(), Map.of());
        assertThat(same.sameTermsAs(first)).isTrue();

        Map<String, String> longer = standardWindows();
        longer.put("desk.sla.complex-window", "PT48H");
        SlaPolicy changed = policy(2, longer, Map.of("BACKOFFICE", OFFICE));
        assertThat(changed.sameTermsAs(first)).isFalse();
        assertThat(changed.changesSince(first)).containsExactly("desk.sla.complex-window PT24H -> PT48H",
                "team BACKOFFICE round the clock -> calendar OFFICE");

        SlaPolicy.TeamCalendar newHours = new SlaPolicy.TeamCalendar("OFFICE", "Back office", "Asia/Shanghai", "MON-FRI 08:00-17:00", "");
        assertThat(policy(3, longer, Map.of("BACKOFFICE", newHours)).changesSince(changed))
                .containsExactly("team BACKOFFICE calendar OFFICE -> calendar OFFICE (calendar changed)");
        assertThat(policy(4, longer, Map.of()).changesSince(changed)).containsExactly("team BACKOFFICE calendar OFFICE -> round the clock");
    }

    @Test
    void aVersionWithoutEveryWindowIsRefused() {
        Map<String, String> windows = standardWindows();
        windows.remove("desk.sla.rating-wait");
        assertThatThrownBy(() -> policy(1, windows, Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("desk.sla.rating-wait");
    }
}
