package org.complaintdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    /** Fewer iterations than the desk's, so that the tests stay quick; the rules do not depend on the number. */
    private final PasswordHasher hasher = new PasswordHasher(2_000);

    /** A hash of "demo" as Jakarta Security's Pbkdf2PasswordHash made it with 120,000 iterations (the desk before the raise). */
    private static final String OLD_DEMO_HASH = new PasswordHasher(120_000).hash("demo");

    @Test
    void aHashVerifiesItsPasswordOnlyAndCarriesItsIterations() {
        String hash = hasher.hash("s3cret");
        assertThat(hash).startsWith("PBKDF2WithHmacSHA256:2000:");
        assertThat(hash.split(":")).hasSize(4);
        assertThat(hasher.verify("s3cret", hash)).isTrue();
        assertThat(hasher.verify("s3cret!", hash)).isFalse();
        assertThat(hasher.hash("s3cret")).as("salted").isNotEqualTo(hash);
    }

    @Test
    void aHashWithFewerIterationsStillVerifiesAndIsWorthRenewing() {
        PasswordHasher current = new PasswordHasher(200_000);
        assertThat(current.verify("demo", OLD_DEMO_HASH)).isTrue();
        assertThat(current.verify("Demo", OLD_DEMO_HASH)).isFalse();
        assertThat(current.isWeakerThanCurrent(OLD_DEMO_HASH)).isTrue();
        assertThat(current.isWeakerThanCurrent(current.hash("demo"))).isFalse();
    }

    @Test
    void onlyAPasswordThatMatchedIsRemembered() {
        RecentlyVerified recent = new RecentlyVerified();
        PasswordHasher remembering = new PasswordHasher(2_000, recent);
        String hash = remembering.hash("s3cret");
        assertThat(remembering.verify("s3cret!", hash)).isFalse();
        assertThat(recent.contains(hash, "s3cret!")).isFalse();
        assertThat(remembering.verify("s3cret", hash)).isTrue();
        assertThat(recent.contains(hash, "s3cret")).isTrue();
        assertThat(remembering.verify("s3cret", hash)).as("again, remembered").isTrue();
        assertThat(remembering.verify("s3cret!", hash)).as("a wrong one after the right one").isFalse();
        String changed = remembering.hash("n3w-s3cret");
        assertThat(remembering.verify("s3cret", changed)).as("the old password against the changed hash").isFalse();
        remembering.verifyDecoy("s3cret");
        assertThat(recent.size()).as("remembered: the one right password").isEqualTo(1);
    }

    @Test
    void theDeskHashesWithOwaspsIterations() {
        assertThat(PasswordHasher.ITERATIONS).isEqualTo(600_000);
    }

    @Test
    void anUnreadableHashVerifiesNothingAndIsWorthRenewing() {
        for (String broken : new String[] {null, "", "plain", "MD5:1:abc:def", "PBKDF2WithHmacSHA256:many:abc:def",
                "PBKDF2WithHmacSHA256:1000:%%%:def"}) {
            assertThat(hasher.verify("demo", broken)).as(broken).isFalse();
            assertThat(hasher.isWeakerThanCurrent(broken)).as(broken).isTrue();
        }
    }

    @Test
    void theDecoyCostsAsMuchAsARealVerification() {
        String real = hasher.hash("demo");
        String decoy = hasher.decoy();
        assertThat(hasher.isWeakerThanCurrent(decoy)).as("the current iterations").isFalse();
        assertThat(decoy.split(":")[0]).isEqualTo(real.split(":")[0]);
        assertThat(decoy.split(":")[1]).isEqualTo(real.split(":")[1]);
        assertThat(decoy.split(":")[3]).as("the same key length").hasSameSizeAs(real.split(":")[3]);
        assertThat(hasher.verify("demo", decoy)).isFalse();
    }
}
