package org.complaintdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The passwords verified in the last ten minutes, so that an API client sending HTTP Basic with every call, or a
 * person logging in again, costs PBKDF2's 170 ms of processor once in a while rather than every time. An entry is the
 * stored hash a password was verified against and an HMAC of that password under a key that exists only in this
 * process (the password itself is not kept). A changed password is a new stored hash and misses; a wrong password
 * never matches, and {@link PasswordHasher} then pays the whole PBKDF2, so the time of an answer tells nothing.
 */
final class RecentlyVerified {

    static final Duration KEPT = Duration.ofMinutes(10);

    /** More entries than this are more users than a desk has: the expired ones go, or else all. */
    static final int MOST = 10_000;

    private static final String HMAC = "HmacSHA256";

    private final Map<String, Entry> byStoredHash = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final LongSupplier nanoTime;

    RecentlyVerified() {
        this(System::nanoTime);
    }

    RecentlyVerified(LongSupplier nanoTime) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, HMAC);
        this.nanoTime = nanoTime;
    }

    /** Whether this password was verified against this stored hash in the last ten minutes. */
    boolean contains(String storedHash, String password) {
        Entry entry = storedHash == null ? null : byStoredHash.get(storedHash);
        if (entry == null) {
            return false;
        }
        if (entry.expired(nanoTime.getAsLong())) {
            byStoredHash.remove(storedHash, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(password));
    }

    /** Remembers that the password matched the stored hash. */
    void add(String storedHash, String password) {
        long now = nanoTime.getAsLong();
        if (byStoredHash.size() >= MOST) {
            byStoredHash.values().removeIf(entry -> entry.expired(now));
            if (byStoredHash.size() >= MOST) {
                byStoredHash.clear();
            }
        }
        byStoredHash.put(storedHash, new Entry(mac(password), now + KEPT.toNanos()));
    }

    int size() {
        return byStoredHash.size();
    }

    private byte[] mac(String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private record Entry(byte[] mac, long expiresAt) {

        boolean expired(long now) {
            return now - expiresAt >= 0;
        }
    }
}
