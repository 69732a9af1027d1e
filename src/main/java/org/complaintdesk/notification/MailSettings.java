package org.complaintdesk.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.complaint.Alert;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The e-mail settings (desk.mail.*, desk.public-url), read from configuration each time they are needed, and
 * the pure rules built on them. Mail is off while desk.mail.host is not set.
 */
@ApplicationScoped
public class MailSettings {

    /** The longest wait between two attempts at one mail, however many failed before. */
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private Config config() {
        return ConfigProvider.getConfig(MailSettings.class.getClassLoader());
    }

    private Optional<String> optional(String key) {
        return config().getOptionalValue(key, String.class).map(String::strip).filter(value -> !value.isEmpty());
    }

    private Duration duration(String key) {
        Duration value = Duration.parse(config().getValue(key, String.class));
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException(key + " must be a positive ISO-8601 duration such as PT10S");
        }
        return value;
    }

    public boolean enabled() {
        return host().isPresent();
    }

    public Optional<String> host() {
        return optional("desk.mail.host");
    }

    public int port() {
        return config().getValue("desk.mail.port", Integer.class);
    }

    public String from() {
        return config().getValue("desk.mail.from", String.class);
    }

    /** When set, the sender logs in to the SMTP server (with desk.mail.password). */
    public Optional<String> username() {
        return optional("desk.mail.username");
    }

    public String password() {
        return optional("desk.mail.password").orElse("");
    }

    public boolean startTls() {
        return config().getValue("desk.mail.starttls", Boolean.class);
    }

    public Duration pollInterval() {
        return duration("desk.mail.poll-interval");
    }

    public Duration retryInterval() {
        return duration("desk.mail.retry-interval");
    }

    public int maxAttempts() {
        int value = config().getValue("desk.mail.max-attempts", Integer.class);
        if (value < 1) {
            throw new IllegalStateException("desk.mail.max-attempts must be 1 or more");
        }
        return value;
    }

    public Set<Alert.Kind> alertKinds() {
        return parseKinds(config().getOptionalValue("desk.mail.alert-kinds", String.class).orElse(""));
    }

    /** The desk's address as the recipients reach it, without a trailing slash. */
    public String publicUrl() {
        return config().getValue("desk.public-url", String.class).strip().replaceAll("/+$", "");
    }

    /** A comma-separated list of alert kinds; blank: none. An unknown kind is refused, naming the setting. */
    static Set<Alert.Kind> parseKinds(String list) {
        Set<Alert.Kind> kinds = EnumSet.noneOf(Alert.Kind.class);
        for (String item : list.split(",")) {
            String name = item.strip().toUpperCase();
            if (name.isEmpty()) {
                continue;
            }
            try {
                kinds.add(Alert.Kind.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("desk.mail.alert-kinds: unknown alert kind '" + item.strip() + "'; known: "
                        + Arrays.toString(Alert.Kind.values()), e);
            }
        }
        return kinds;
    }

    /** How long to wait after the given number of failed attempts: the interval, doubling each time, capped at 1 h. */
    static Duration backoff(Duration retryInterval, int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        // 2^30 of even one millisecond is past the cap: stop doubling before anything can overflow
        if (doublings >= 30 || retryInterval.compareTo(MAX_BACKOFF) >= 0) {
            return MAX_BACKOFF;
        }
        Duration wait = retryInterval.multipliedBy(1L << doublings);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
