package org.complaintdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords slow their guesser down (OWASP ASVS V2.2.1), on every door: the login page, HTTP Basic and personal
 * access tokens.
 * <ul>
 * <li>Per user name: {@value #FREE_FAILURES} wrong passwords in a row are free; each one after locks the name for a
 * minute, then two, four, up to {@link #LONGEST_LOCK}. The right password after a lock has passed starts again at zero.
 * While locked, even the right password is refused, with the time to wait.</li>
 * <li>Per client address: after {@value #ADDRESS_FAILURES} failures within {@link #ADDRESS_WINDOW}, the address is
 * refused until the window has passed, and its attempts no longer count against any user name. So one address can
 * lock out a handful of names at most, never every user.</li>
 * </ul>
 * Counted in this desk's memory: with several desks behind a load balancer each counts its own share, so a guesser
 * gets at most that many times the attempts. The time is passed in, so it is tested without a container.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    static final int ADDRESS_FAILURES = 100;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(5);
    /** Names and addresses kept at most; beyond, the oldest quiet ones are forgotten (a flood of made-up names). */
    static final int MAX_KEPT = 100_000;

    /** Failures of a user name in a row, and until when it is locked. */
    private record NameFailures(int count, Instant lockedUntil) {
    }

    /** Failures from an address since the window began. */
    private record AddressFailures(int count, Instant windowStart) {
    }

    private final Map<String, NameFailures> names = new ConcurrentHashMap<>();
    private final Map<String, AddressFailures> addresses = new ConcurrentHashMap<>();

    /** How long the name (if any) or the address must wait before trying again; empty: it may try now. */
    public Optional<Duration> waitFor(String username, String address, Instant now) {
        AddressFailures fromAddress = addresses.get(address);
        if (fromAddress != null && fromAddress.count() >= ADDRESS_FAILURES) {
            Instant free = fromAddress.windowStart().plus(ADDRESS_WINDOW);
            if (now.isBefore(free)) {
                return Optional.of(Duration.between(now, free));
            }
        }
        NameFailures ofName = username == null ? null : names.get(key(username));
        if (ofName != null && ofName.lockedUntil() != null && now.isBefore(ofName.lockedUntil())) {
            return Optional.of(Duration.between(now, ofName.lockedUntil()));
        }
        return Optional.empty();
    }

    /**
     * A wrong credential from the address, for the user name if one was given.
     *
     * @return how long the name is now locked, when this failure locked it
     */
    public Optional<Duration> failed(String username, String address, Instant now) {
        forgetSomeIfFull(now);
        AddressFailures fromAddress = addresses.compute(address, (a, before) ->
                before == null || !now.isBefore(before.windowStart().plus(ADDRESS_WINDOW))
                        ? new AddressFailures(1, now) : new AddressFailures(before.count() + 1, before.windowStart()));
        if (username == null || fromAddress.count() > ADDRESS_FAILURES) {
            return Optional.empty();
        }
        NameFailures ofName = names.compute(key(username), (name, before) -> {
            int count = before == null ? 1 : before.count() + 1;
            return new NameFailures(count, count > FREE_FAILURES ? now.plus(lock(count - FREE_FAILURES)) : null);
        });
        return ofName.lockedUntil() == null ? Optional.empty() : Optional.of(lock(ofName.count() - FREE_FAILURES));
    }

    /** The lock after the n-th failure beyond the free ones: a minute, doubling, at most the longest. */
    static Duration lock(int beyondFree) {
        Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(beyondFree - 1, 10));
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    /** The right credential: the name starts again at zero. */
    public void succeeded(String username) {
        names.remove(key(username));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private void forgetSomeIfFull(Instant now) {
        if (names.size() > MAX_KEPT) {
            names.values().removeIf(n -> n.lockedUntil() == null || !now.isBefore(n.lockedUntil()));
        }
        if (addresses.size() > MAX_KEPT) {
            addresses.values().removeIf(a -> !now.isBefore(a.windowStart().plus(ADDRESS_WINDOW)));
        }
    }
}
