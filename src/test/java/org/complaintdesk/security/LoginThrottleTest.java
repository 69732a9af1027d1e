package org.complaintdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Wrong passwords lock the name for growing times; one address cannot lock out everybody. */
class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void fiveWrongPasswordsAreFreeThenTheNameIsLockedForGrowingTimes() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.failed("agent1", "10.0.0.1", T0)).isEmpty();
        }
        assertThat(throttle.waitFor("agent1", "10.0.0.1", T0)).isEmpty();

        assertThat(throttle.failed("agent1", "10.0.0.1", T0)).hasValue(Duration.ofMinutes(1));
        // locked for everybody who tries that name, with the right password too, from anywhere
        assertThat(throttle.waitFor("AGENT1", "10.0.0.2", T0.plusSeconds(30))).hasValue(Duration.ofSeconds(30));
        assertThat(throttle.waitFor("agent2", "10.0.0.1", T0.plusSeconds(30))).isEmpty();

        Instant later = T0.plusSeconds(61);
        assertThat(throttle.waitFor("agent1", "10.0.0.1", later)).isEmpty();
        assertThat(throttle.failed("agent1", "10.0.0.1", later)).hasValue(Duration.ofMinutes(2));
        assertThat(LoginThrottle.lock(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(LoginThrottle.lock(40)).isEqualTo(LoginThrottle.LONGEST_LOCK);
    }

    @Test
    void theRightPasswordStartsTheNameAgainAtZero() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("lead1", "10.0.0.1", T0);
        }
        throttle.succeeded("lead1");
        assertThat(throttle.failed("lead1", "10.0.0.1", T0)).isEmpty();
    }

    @Test
    void oneAddressIsStoppedBeforeItCanLockOutEveryUser() {
        LoginThrottle throttle = new LoginThrottle();
        int locked = 0;
        for (int user = 0; user < 1000; user++) {
            for (int attempt = 0; attempt <= LoginThrottle.FREE_FAILURES; attempt++) {
                Optional<Duration> lock = throttle.failed("user" + user, "203.0.113.9", T0.plusMillis(user));
                if (lock.isPresent()) {
                    locked++;
                }
            }
        }
        assertThat(locked).as("names locked from one address in one window").isLessThanOrEqualTo(
                LoginThrottle.ADDRESS_FAILURES / (LoginThrottle.FREE_FAILURES + 1));
        assertThat(throttle.waitFor(null, "203.0.113.9", T0.plusSeconds(1))).isPresent();
        assertThat(throttle.waitFor("user999", "198.51.100.7", T0.plusSeconds(1))).as("the last names were not counted").isEmpty();
        // the window passes: the address may try again
        assertThat(throttle.waitFor(null, "203.0.113.9", T0.plus(LoginThrottle.ADDRESS_WINDOW).plusSeconds(1))).isEmpty();
    }

    @Test
    void wrongTokensCountAgainstTheirAddressOnly() {
        LoginThrottle throttle = new LoginThrottle();
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            assertThat(throttle.failed(null, "10.0.0.3", T0)).isEmpty();
        }
        assertThat(throttle.waitFor(null, "10.0.0.3", T0)).hasValue(LoginThrottle.ADDRESS_WINDOW);
        assertThat(throttle.waitFor("agent1", "10.0.0.4", T0)).isEmpty();
    }
}
