package org.complaintdesk.accesstoken;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import org.junit.jupiter.api.Test;

class PersonalTokenStoreTest {

    @Test
    void aPasswordIsNotTheTokenStoresToJudge() {
        // no token table behind it: a store that looked anything up would fail here
        Credential password = new UsernamePasswordCredential("agent1", "demo");

        CredentialValidationResult result = new PersonalTokenStore().validate(password);

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);
    }
}
