package org.complaintdesk.security;

import jakarta.security.enterprise.credential.Credential;
import java.util.Optional;

/**
 * A personal access token as an API client sends it ({@code Authorization: Bearer cdp_<prefix>_<secret>}); the
 * identity store of the tokens ({@code accesstoken.PersonalTokenStore}) checks it.
 */
public final class PersonalTokenCredential implements Credential {

    private final String token;
    private Actor owner;

    public PersonalTokenCredential(String token) {
        this.token = token;
    }

    public String getToken() {
        return token;
    }

    /** Set by the identity store when the token is valid: its owner with their role and team, read with the token. */
    public void validatedAs(Actor owner) {
        this.owner = owner;
    }

    /** The owner, once the token was found valid. */
    public Optional<Actor> owner() {
        return Optional.ofNullable(owner);
    }
}
