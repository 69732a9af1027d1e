package org.complaintdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void refusesAnEndBeforeTheStartAndTooManyDaysForTheGrouping() {
        assertThat(new Period(START, START.minusSeconds(1)).problemFor(Grouping.TEAM)).startsWith("to:");
        assertThat(new Period(START, START.plusSeconds(86_400L * 366)).problemFor(Grouping.DAY)).contains("at most 92 days");
        assertThat(new Period(START, START.plusSeconds(86_400L * 366)).problemFor(Grouping.WEEK)).isNull();
        assertThat(new Period(START, START.plusSeconds(86_400L * 92)).problemFor(Grouping.DAY)).isNull();
    }

    @Test
    void rollsDaysUpToWeeksFromMondayAndToMonths() {
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        assertThat(Grouping.DAY.periodOf(sunday)).isEqualTo("2026-11-29");
        assertThat(Grouping.WEEK.periodOf(sunday)).isEqualTo("2026-11-23");
        assertThat(Grouping.MONTH.periodOf(sunday)).isEqualTo("2026-11");
    }

    @Test
    void widensToWholeDaysInTheDesksZone() {
        java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
        Period period = new Period(Instant.parse("2026-11-22T20:00:00Z"), Instant.parse("2026-11-23T16:00:00Z"));
        assertThat(period.firstDay(shanghai)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(period.endDay(shanghai)).as("a period ending at midnight ends the day before").isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(period.wholeDays(shanghai)).isEqualTo(new Period(Instant.parse("2026-11-22T16:00:00Z"), Instant.parse("2026-11-23T16:00:00Z")));
        assertThat(new Period(Instant.parse("2026-11-22T20:00:00Z"), Instant.parse("2026-11-23T16:00:01Z")).endDay(shanghai))
                .isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void theShareCountsOpenOverdueComplaintsAsMissed() {
        assertThat(new ComplianceReport.Row("NORTH", 10, 8, 6, 2, 2, 0, 1, 600).share()).isEqualTo(0.6);
        assertThat(new ComplianceReport.Row("NORTH", 3, 0, 0, 0, 0, 3, 0, 0).share()).isNull();
    }

    @Test
    void theShareAsAWholePercentage() {
        assertThat(new ComplianceReport.Row("NORTH", 3, 3, 2, 1, 0, 0, 0, 0).percent()).isEqualTo(67L);
        assertThat(new ComplianceReport.Row("NORTH", 3, 0, 0, 0, 0, 3, 0, 0).percent()).isNull();
    }
}
