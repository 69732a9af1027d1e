package org.complaintdesk.platform;

import java.security.SecureRandom;
import java.util.function.Predicate;

/** Short random codes (API key and access token prefixes, SMS references) that no row holds yet, and random secrets. */
public final class RandomCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCodes() {
    }

    public static String unused(String alphabet, int length, Predicate<String> taken) {
        while (true) {
            StringBuilder code = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                code.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            if (!taken.test(code.toString())) {
                return code.toString();
            }
        }
    }

    public static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
