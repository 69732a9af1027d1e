package org.complaintdesk.security;

import jakarta.security.enterprise.credential.Credential;

/**
 * A personal access token as an API client sends it ({@code Authorization: Bearer cdp_<prefix>_<secret>}); the
 * identity store of the tokens ({@code accesstoken.PersonalTokenStore}) checks it.
 */
public final class PersonalTokenCredential implements Credential {

    private final String token;

    public PersonalTokenCredential(String token) {
        this.token = token;
    }

    public String getToken() {
        return token;
    }
}
