package org.complaintdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The deadline arithmetic on calendars a reader can check by hand; {@link BusinessCalendarProperties} tries random ones. */
class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Monday to Friday, the given stretches each day. */
    static BusinessCalendar weekdays(ZoneId zone, String... stretches) {
        return weekdays(zone, Set.of(), Set.of(), stretches);
    }

    static BusinessCalendar weekdays(ZoneId zone, Set<LocalDate> holidays, Set<LocalDate> makeUpDays, String... stretches) {
        Map<DayOfWeek, List<WorkingHours>> week = new EnumMap<>(DayOfWeek.class);
        List<WorkingHours> hours = java.util.Arrays.stream(stretches).map(WorkingHours::parse).toList();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            week.put(day, hours);
        }
        return new BusinessCalendar(zone, week, holidays, makeUpDays);
    }

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    @Test
    void twoHoursFromFridayEveningAreDueOnMondayMorning() {
        BusinessCalendar office = weekdays(SHANGHAI, "09:00-18:00");
        Instant friday = at("2026-03-06T17:30", SHANGHAI);

        assertThat(office.plus(friday, Duration.ofHours(2))).isEqualTo(at("2026-03-09T10:30", SHANGHAI));
        assertThat(office.between(friday, at("2026-03-09T10:30", SHANGHAI))).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void theSpringFestivalIsSkippedAndItsMakeUpSaturdayWorked() {
        HolidayList festival = HolidayList.parse("""
                2026-02-15..2026-02-23 休 春节
                2026-02-14 班
                2026-02-28 班
                """);
        BusinessCalendar office = weekdays(SHANGHAI, festival.holidays(), festival.makeUpDays(), "09:00-18:00");

        assertThat(office.plus(at("2026-02-13T17:30", SHANGHAI), Duration.ofHours(2))).as("Friday evening: the make-up Saturday")
                .isEqualTo(at("2026-02-14T10:30", SHANGHAI));
        assertThat(office.plus(at("2026-02-14T17:30", SHANGHAI), Duration.ofHours(2))).as("the make-up Saturday's evening: after the holiday")
                .isEqualTo(at("2026-02-24T10:30", SHANGHAI));
    }

    @Test
    void aLunchBreakDoesNotCount() {
        BusinessCalendar office = weekdays(SHANGHAI, "09:00-12:00", "13:00-18:00");

        assertThat(office.plus(at("2026-03-02T11:30", SHANGHAI), Duration.ofHours(1))).isEqualTo(at("2026-03-02T13:30", SHANGHAI));
        assertThat(office.plus(at("2026-03-02T12:20", SHANGHAI), Duration.ofMinutes(10))).as("received over lunch")
                .isEqualTo(at("2026-03-02T13:10", SHANGHAI));
        assertThat(office.isWorkingTime(at("2026-03-02T12:30", SHANGHAI))).isFalse();
        assertThat(office.isWorkingTime(at("2026-03-02T12:00", SHANGHAI))).as("the end of a stretch").isTrue();
    }

    @Test
    void aWindowLongerThanAWeekCountsOnlyWorkingDays() {
        BusinessCalendar office = weekdays(SHANGHAI, "09:00-18:00");

        // 45 hours Monday to Friday, 9 the next Monday, the last 6 on Tuesday
        assertThat(office.plus(at("2026-03-02T09:00", SHANGHAI), Duration.ofHours(60))).isEqualTo(at("2026-03-10T15:00", SHANGHAI));
    }

    @Test
    void aDayAcrossAClockChangeIsAsLongAsItReallyIs() {
        BusinessCalendar hotline = BusinessCalendar.roundTheClock(NEW_YORK);
        Instant saturdayNoon = at("2026-03-07T12:00", NEW_YORK);

        // clocks go forward on Sunday 8 March at 02:00: 24 hours later the wall clock shows 13:00
        assertThat(hotline.plus(saturdayNoon, Duration.ofHours(24))).isEqualTo(at("2026-03-08T13:00", NEW_YORK));
        assertThat(hotline.between(at("2026-03-08T00:00", NEW_YORK), at("2026-03-09T00:00", NEW_YORK))).isEqualTo(Duration.ofHours(23));

        BusinessCalendar nights = weekdays(NEW_YORK, "00:00-06:00");
        // Monday 2 November, clocks went back on Sunday: a night shift on a weekday is unaffected, Sunday is off
        assertThat(nights.between(at("2026-11-02T00:00", NEW_YORK), at("2026-11-02T06:00", NEW_YORK))).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void aTimeSkippedByTheClockChangeMovesOnWithIt() {
        Map<DayOfWeek, List<WorkingHours>> sundays = Map.of(DayOfWeek.SUNDAY, List.of(WorkingHours.parse("01:00-03:00")));
        BusinessCalendar calendar = new BusinessCalendar(NEW_YORK, sundays, Set.of(), Set.of());

        // on 8 March 02:00-03:00 does not exist: the stretch 01:00-03:00 lasts one hour
        assertThat(calendar.between(at("2026-03-08T00:00", NEW_YORK), at("2026-03-08T05:00", NEW_YORK))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aCalendarThatCannotWorkIsRefused() {
        assertThatThrownBy(() -> new BusinessCalendar(SHANGHAI, Map.of(), Set.of(), Set.of())).hasMessageContaining("at least one weekday");
        assertThatThrownBy(() -> weekdays(SHANGHAI, "09:00-12:00", "11:00-13:00")).hasMessageContaining("overlap");
        LocalDate day = LocalDate.parse("2026-02-14");
        assertThatThrownBy(() -> weekdays(SHANGHAI, Set.of(day), Set.of(day), "09:00-18:00")).hasMessageContaining("2026-02-14");
        assertThatThrownBy(() -> WorkingHours.parse("18:00-09:00")).hasMessageContaining("end after");
        assertThatThrownBy(() -> WorkingHours.parse("9 to 6")).hasMessageContaining("09:00-18:00");
        assertThat(WorkingHours.parse("00:00-24:00")).isEqualTo(WorkingHours.WHOLE_DAY);
    }

    @Test
    void aPastedHolidayListNamesItsFirstBadLine() {
        assertThatThrownBy(() -> HolidayList.parse("2026-01-01 休\n2026-13-01 休")).hasMessageStartingWith("line 2:");
        assertThatThrownBy(() -> HolidayList.parse("2026-01-01 休\n2026-01-01 班")).hasMessageContaining("given twice");
        assertThatThrownBy(() -> HolidayList.parse("2026-01-01 maybe")).hasMessageContaining("休");
        assertThatThrownBy(() -> HolidayList.parse("2026-01-01..2026-12-31")).hasMessageContaining("at most");

        HolidayList list = HolidayList.parse("# 2026\n\n2026-10-01..2026-10-03 off National Day\n2026-09-27 work\n");
        assertThat(list.holidays()).hasSize(3);
        assertThat(HolidayList.parse(list.format())).isEqualTo(list);
    }
}
