package org.complaintdesk.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The desk's issued secrets, integrations' API keys ({@code cdk_…}) and people's access tokens ({@code cdp_…}), read
 * {@code <kind>_<prefix>_<secret>}: the prefix finds the row, only the SHA-256 of the whole is kept and compared in
 * constant time. A plain hash is enough here (unlike passwords): the secret is 256 random bits, not a person's choice.
 */
public final class IssuedSecrets {

    /** A new secret: the only moment it exists outside its holder's hands. */
    public record Issued(String prefix, String secret, String hash) {
    }

    private static final String PREFIX_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";

    private IssuedSecrets() {
    }

    /** A new secret of this kind whose prefix no row holds yet. */
    public static Issued issue(String kind, Predicate<String> prefixTaken) {
        String prefix = RandomCodes.unused(PREFIX_LETTERS, 8, prefixTaken);
        String secret = kind + "_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(RandomCodes.bytes(32));
        return new Issued(prefix, secret, Sha256.hex(secret));
    }

    /** The prefix of a presented secret of this kind; empty when it is not one. */
    public static Optional<String> prefixOf(String kind, String presented) {
        String[] parts = presented.split("_", 3);
        return parts.length == 3 && parts[0].equals(kind) ? Optional.of(parts[1]) : Optional.empty();
    }

    /** Whether the presented secret is the one whose hash was stored. */
    public static boolean matches(String storedHash, String presented) {
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII), Sha256.hex(presented).getBytes(StandardCharsets.US_ASCII));
    }
}
