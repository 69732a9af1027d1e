package org.complaintdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The week and the days as administrators write them, and a stored calendar that reads back as itself. */
class WorkingWeekTest {

    @Test
    void runsOfWeekdaysAndSeveralStretchesADay() {
        Map<DayOfWeek, List<WorkingHours>> week = WorkingWeek.parse("mon-fri 09:00-12:00, 13:00-18:00\nSAT 10:00-16:00\n\n");

        assertThat(week).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(week.get(DayOfWeek.WEDNESDAY)).containsExactly(WorkingHours.parse("09:00-12:00"), WorkingHours.parse("13:00-18:00"));
        assertThat(week.get(DayOfWeek.SATURDAY)).containsExactly(WorkingHours.parse("10:00-16:00"));
    }

    @Test
    void aLineThatDoesNotReadIsNamed() {
        assertThatThrownBy(() -> WorkingWeek.parse("MON-FRI 09:00-18:00\nFRI-MON 09:00-18:00")).hasMessageStartingWith("line 2:")
                .hasMessageContaining("MON-FRI");
        assertThatThrownBy(() -> WorkingWeek.parse("MON-FRI 09:00-18:00\nWED 10:00-11:00")).hasMessage("line 2: WED is given twice");
        assertThatThrownBy(() -> WorkingWeek.parse("Montag 09:00-18:00")).hasMessageContaining("MON or MON-FRI");
        assertThatThrownBy(() -> WorkingWeek.parse("MON 9-18")).hasMessageStartingWith("line 1: working hours are written as 09:00-18:00");
    }

    @Test
    void aStoredCalendarReadsBackAsTheSameCalendar() {
        HolidayList days = HolidayList.parse("2026-10-01..2026-10-07 休 国庆节\n2026-09-27 班\n2026-10-10 班");
        BusinessCalendar office = new BusinessCalendar(ZoneId.of("Asia/Shanghai"), WorkingWeek.parse("MON-FRI 09:00-12:00 13:00-18:00\nSUN 00:00-24:00"),
                days.holidays(), days.makeUpDays());

        BusinessCalendar read = new StoredCalendar("OFFICE", office, "Back office").calendar();

        assertThat(read.zone()).isEqualTo(office.zone());
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(read.hours(day)).as(day.name()).isEqualTo(office.hours(day));
        }
        assertThat(read.holidays()).isEqualTo(office.holidays()).contains(LocalDate.parse("2026-10-04"));
        assertThat(read.makeUpDays()).isEqualTo(office.makeUpDays());
        assertThat(WorkingWeek.format(read)).startsWith("MON 09:00-12:00 13:00-18:00\n").endsWith("SUN 00:00-24:00\n");
    }
}
