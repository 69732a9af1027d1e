package org.complaintdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecentlyVerifiedTest {

    private final AtomicLong nanoTime = new AtomicLong(Long.MAX_VALUE - 1_000);
    private final RecentlyVerified recent = new RecentlyVerified(nanoTime::get);

    @Test
    void aVerifiedPasswordIsKnownForItsStoredHashOnly() {
        recent.add("hash-of-agent1", "demo");
        assertThat(recent.contains("hash-of-agent1", "demo")).isTrue();
        assertThat(recent.contains("hash-of-agent1", "Demo")).as("another password").isFalse();
        assertThat(recent.contains("hash-of-agent1", "")).isFalse();
        assertThat(recent.contains("hash-of-agent2", "demo")).as("another stored hash, as after a change of password").isFalse();
        assertThat(recent.contains(null, "demo")).isFalse();
    }

    @Test
    void itIsForgottenAfterTenMinutes() {
        recent.add("hash-of-agent1", "demo");
        // the clock crosses Long.MAX_VALUE here, as System.nanoTime may
        nanoTime.addAndGet(RecentlyVerified.KEPT.toNanos() - 1);
        assertThat(recent.contains("hash-of-agent1", "demo")).isTrue();
        nanoTime.incrementAndGet();
        assertThat(recent.contains("hash-of-agent1", "demo")).isFalse();
        assertThat(recent.size()).as("the expired entry is gone").isZero();
    }

    @Test
    void itKeepsNoMoreThanADesksUsers() {
        for (int i = 0; i < RecentlyVerified.MOST; i++) {
            recent.add("hash-" + i, "demo");
        }
        nanoTime.addAndGet(RecentlyVerified.KEPT.toNanos());
        recent.add("hash-new", "demo");
        assertThat(recent.size()).as("the expired ones went").isEqualTo(1);
        for (int i = 1; i < RecentlyVerified.MOST; i++) {
            recent.add("hash-" + i, "demo");
        }
        recent.add("hash-newest", "demo");
        assertThat(recent.size()).as("none expired: all went but the newest").isEqualTo(1);
        assertThat(recent.contains("hash-newest", "demo")).isTrue();
    }
}
