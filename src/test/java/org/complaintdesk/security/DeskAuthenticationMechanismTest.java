package org.complaintdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DeskAuthenticationMechanismTest {

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesBasicCredentialsWithColonsInThePassword() {
        var credential = DeskAuthenticationMechanism.decodeBasic(encode("agent1:pa:ss"));
        assertThat(credential.getCaller()).isEqualTo("agent1");
        assertThat(credential.getPasswordAsString()).isEqualTo("pa:ss");
    }

    @Test
    void onlyPagesAreWorthReturningToAfterTheLogin() {
        assertThat(DeskAuthenticationMechanism.isPage("/lead/handle.xhtml")).isTrue();
        assertThat(DeskAuthenticationMechanism.isPage("/")).isTrue();
        assertThat(DeskAuthenticationMechanism.isPage("/agent/")).isTrue();
        assertThat(DeskAuthenticationMechanism.isPage("/favicon.ico")).isFalse();
        assertThat(DeskAuthenticationMechanism.isPage("/resources/js/desk.js")).isFalse();
        assertThat(DeskAuthenticationMechanism.isPage("/jakarta.faces.resource/theme.css.xhtml")).isFalse();
    }

    @Test
    void rejectsMalformedBasicCredentials() {
        assertThat(DeskAuthenticationMechanism.decodeBasic("%%%not-base64")).isNull();
        assertThat(DeskAuthenticationMechanism.decodeBasic(encode("no-colon"))).isNull();
        assertThat(DeskAuthenticationMechanism.decodeBasic(encode(":password-without-user"))).isNull();
    }

    @Test
    void supervisorsAlsoSeeWhatTeamLeadsSee() {
        assertThat(Role.SUPERVISOR.groups()).containsExactlyInAnyOrder("SUPERVISOR", "TEAM_LEAD");
        assertThat(Role.AGENT.groups()).containsExactly("AGENT");
        assertThat(Role.AUDITOR.groups()).containsExactly("AUDITOR");
    }

    @Test
    void takesBasicAndBearerAndNothingElseAsCredentials() {
        assertThat(DeskAuthenticationMechanism.carriesCredential("Basic " + encode("a:b"))).isTrue();
        assertThat(DeskAuthenticationMechanism.carriesCredential("bearer cdp_abc_def")).isTrue();
        assertThat(DeskAuthenticationMechanism.carriesCredential("Digest username=x")).isFalse();
        assertThat(DeskAuthenticationMechanism.carriesCredential(null)).isFalse();

        assertThat(DeskAuthenticationMechanism.credentialOf("Bearer  cdp_abc_def ")).isInstanceOfSatisfying(PersonalTokenCredential.class,
                token -> assertThat(token.getToken()).isEqualTo("cdp_abc_def"));
        assertThat(DeskAuthenticationMechanism.credentialOf("Bearer  ")).isNull();
        assertThat(DeskAuthenticationMechanism.credentialOf("Basic " + encode("agent1:demo")))
                .isInstanceOfSatisfying(jakarta.security.enterprise.credential.UsernamePasswordCredential.class,
                        basic -> assertThat(basic.getCaller()).isEqualTo("agent1"));
        assertThat(DeskAuthenticationMechanism.credentialOf("Basic %%%")).isNull();
    }
}
