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
    void theShareCountsOpenOverdueComplaintsAsMissed() {
        assertThat(new ComplianceReport.Row("NORTH", 10, 8, 6, 2, 2, 0).share()).isEqualTo(0.6);
        assertThat(new ComplianceReport.Row("NORTH", 3, 0, 0, 0, 0, 3).share()).isNull();
    }
}
