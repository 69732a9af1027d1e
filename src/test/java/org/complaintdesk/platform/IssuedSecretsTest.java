package org.complaintdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class IssuedSecretsTest {

    @Test
    void anIssuedSecretIsFoundByItsPrefixAndMatchesOnlyItself() {
        IssuedSecrets.Issued issued = IssuedSecrets.issue("cdp", Set.of()::contains);
        assertThat(issued.secret()).startsWith("cdp_" + issued.prefix() + "_").hasSizeGreaterThan(4 + 8 + 1 + 42);
        assertThat(IssuedSecrets.prefixOf("cdp", issued.secret())).hasValue(issued.prefix());
        assertThat(IssuedSecrets.matches(issued.hash(), issued.secret())).isTrue();
        assertThat(IssuedSecrets.matches(issued.hash(), issued.secret() + "x")).isFalse();
        assertThat(issued.hash()).doesNotContain(issued.secret());
    }

    @Test
    void anotherKindOrShapeHasNoPrefix() {
        IssuedSecrets.Issued key = IssuedSecrets.issue("cdk", Set.of()::contains);
        assertThat(IssuedSecrets.prefixOf("cdp", key.secret())).isEmpty();
        assertThat(IssuedSecrets.prefixOf("cdp", "cdp_only-two")).isEmpty();
        assertThat(IssuedSecrets.prefixOf("cdp", "")).isEmpty();
    }

    @Test
    void aTakenPrefixIsNotIssuedAgain() {
        Set<String> taken = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            assertThat(taken.add(IssuedSecrets.issue("cdk", taken::contains).prefix())).isTrue();
        }
    }
}
