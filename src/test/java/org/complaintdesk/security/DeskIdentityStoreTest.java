package org.complaintdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.junit.jupiter.api.Test;

class DeskIdentityStoreTest {

    @Test
    void aPersonalTokenIsNotThePasswordStoresToJudge() {
        // no user table behind it: a store that looked anything up would fail here
        Credential token = new PersonalTokenCredential("cdp_abcdefgh_secret");

        CredentialValidationResult result = new DeskIdentityStore().validate(token);

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);
    }
}
