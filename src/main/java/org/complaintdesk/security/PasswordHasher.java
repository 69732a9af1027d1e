package org.complaintdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes and verifies passwords with PBKDF2 (HMAC-SHA256, 16 bytes of salt, 32-byte key), stored as
 * {@code PBKDF2WithHmacSHA256:<iterations>:<salt>:<key>} (Jakarta Security's Pbkdf2PasswordHash format, which the
 * desk used before). A hash keeps its own iteration count, so hashes made with fewer iterations still verify;
 * {@link #isWeakerThanCurrent} tells when one is worth renewing at the next login.
 */
@ApplicationScoped
public class PasswordHasher {

    /**
     * OWASP's figure for PBKDF2-HMAC-SHA256 (2023); about 170 ms of CPU here, so never on every API call (a password
     * verified lately is {@link RecentlyVerified}).
     */
    public static final int ITERATIONS = 600_000;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;
    private final RecentlyVerified recentlyVerified;

    /**
     * A hash of a random password with the current iterations, verified against when the user does not exist, so
     * that the time of the answer does not tell whether a user name exists.
     */
    private final String decoy;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    PasswordHasher(int iterations) {
        this(iterations, new RecentlyVerified());
    }

    PasswordHasher(int iterations, RecentlyVerified recentlyVerified) {
        this.iterations = iterations;
        this.recentlyVerified = recentlyVerified;
        byte[] random = new byte[KEY_BYTES];
        RANDOM.nextBytes(random);
        this.decoy = hash(Base64.getEncoder().encodeToString(random));
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(pbkdf2(password, salt, iterations, KEY_BYTES));
    }

    /** Whether the password matches the stored hash; false for a hash that cannot be read. */
    public boolean verify(String password, String storedHash) {
        if (recentlyVerified.contains(storedHash, password)) {
            return true;
        }
        StoredHash stored = StoredHash.parse(storedHash);
        boolean matches = stored != null
                && MessageDigest.isEqual(stored.key(), pbkdf2(password, stored.salt(), stored.iterations(), stored.key().length));
        if (matches) {
            recentlyVerified.add(storedHash, password);
        }
        return matches;
    }

    /** Spends the same time as a real verification, for an unknown user. */
    public void verifyDecoy(String password) {
        verify(password, decoy);
    }

    String decoy() {
        return decoy;
    }

    /** Whether the hash was made with fewer iterations than hashes are made with now (or cannot be read). */
    public boolean isWeakerThanCurrent(String storedHash) {
        StoredHash stored = StoredHash.parse(storedHash);
        return stored == null || stored.iterations() < iterations;
    }

    private static byte[] pbkdf2(String password, byte[] salt, int iterations, int keyBytes) {
        try {
            return SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, keyBytes * 8)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }

    private record StoredHash(int iterations, byte[] salt, byte[] key) {

        static StoredHash parse(String encoded) {
            String[] parts = encoded == null ? new String[0] : encoded.split(":");
            if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
                return null;
            }
            try {
                return new StoredHash(Integer.parseInt(parts[1]), Base64.getDecoder().decode(parts[2]), Base64.getDecoder().decode(parts[3]));
            } catch (IllegalArgumentException unreadable) {
                return null;
            }
        }
    }
}
