package org.complaintdesk.api;

import java.time.Instant;
import org.complaintdesk.accesstoken.PersonalToken;

/** A personal access token as lists show it: never its secret, only its prefix. */
public record TokenView(String name, String tokenPrefix, String owner, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    static TokenView of(PersonalToken t) {
        return new TokenView(t.getName(), "cdp_" + t.getTokenPrefix(), t.getOwner().getUsername(), t.getCreatedAt(),
                t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt(), t.getRevokedBy());
    }
}
