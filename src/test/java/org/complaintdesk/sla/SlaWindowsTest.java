package org.complaintdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks an administrator's window change goes through before it is stored. */
class SlaWindowsTest {

    @Test
    void windowsAreIsoDurations() {
        assertThat(SlaWindows.parse("desk.sla.simple-window", "PT1H30M")).isEqualTo(Duration.ofMinutes(90));
        assertThat(SlaWindows.parse("desk.sla.complex-window", " P1D ")).isEqualTo(Duration.ofDays(1));
        assertThat(SlaWindows.parse("desk.sla.warning-share", "0.8")).isEqualTo(0.8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2h", "two hours", "PT0S", "-PT1H", "PT-5M"})
    void aWindowMustBeAPositiveDuration(String text) {
        assertThatThrownBy(() -> SlaWindows.parse("desk.sla.simple-window", text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive ISO-8601 duration");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "1.5", "-0.2", "three quarters", ""})
    void theWarningShareLiesBetweenZeroAndOne(String text) {
        assertThatThrownBy(() -> SlaWindows.parse("desk.sla.warning-share", text))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
    }
}
