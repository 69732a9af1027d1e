package org.complaintdesk.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DueTimersTest {

    @Test
    void aCycleStartMovesEarlierByTheSpanAndKeepsItsCountAndPeriod() {
        assertThat(DueTimers.movedCycle("R/2026-12-06T19:30:00.125Z/PT1H", Duration.ofSeconds(90)))
                .isEqualTo("R/2026-12-06T19:28:30.125Z/PT1H");
        assertThat(DueTimers.movedCycle("R3/2026-12-06T19:30:00.25+01:00/PT10M", Duration.ofMinutes(5)))
                .isEqualTo("R3/2026-12-06T19:25:00.25+01:00/PT10M");
    }

    @Test
    void aRepeatWithoutAStartIsLeftAsItIs() {
        assertThat(DueTimers.movedCycle("R/PT1H", Duration.ofSeconds(90))).isEqualTo("R/PT1H");
        assertThat(DueTimers.movedCycle("0 0 * * * ?", Duration.ofSeconds(90))).isEqualTo("0 0 * * * ?");
        assertThat(DueTimers.movedCycle(null, Duration.ofSeconds(90))).isNull();
    }
}
