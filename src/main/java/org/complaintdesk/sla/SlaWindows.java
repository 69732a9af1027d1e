package org.complaintdesk.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.complaintdesk.platform.DeskSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SLA windows (desk.sla.*), read each time they are needed (an administrator's change, else the
 * configured default), never literals in code or BPMN, and the deadline arithmetic built on them.
 */
@ApplicationScoped
public class SlaWindows {

    /** The windows administrators may change, in the order screens show them. */
    public static final List<String> NAMES = List.of("desk.sla.simple-window", "desk.sla.complex-window",
            "desk.sla.warning-share", "desk.sla.lead-contact-window", "desk.sla.escalation-window",
            "desk.sla.reminder-cycle", "desk.sla.rating-wait");

    @Inject
    DeskSettings settings;

    @Inject
    TeamCalendars calendars;

    private Config config() {
        return ConfigProvider.getConfig(SlaWindows.class.getClassLoader());
    }

    private String value(String key) {
        return settings.value(key);
    }

    private Duration duration(String key) {
        try {
            return (Duration) parse(key, value(key));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * A window's value checked: a positive ISO-8601 duration, or for the warning share a number between 0 and 1.
     * @throws IllegalArgumentException saying what a valid value looks like
     */
    public static Object parse(String key, String text) {
        if (key.equals("desk.sla.warning-share")) {
            try {
                double share = Double.parseDouble(text.strip());
                if (share > 0 && share < 1) {
                    return share;
                }
            } catch (NumberFormatException | NullPointerException notANumber) {
                // answered below
            }
            throw new IllegalArgumentException(key + " must lie between 0 and 1, such as 0.75");
        }
        try {
            Duration value = Duration.parse(text.strip());
            if (!value.isNegative() && !value.isZero()) {
                return value;
            }
        } catch (DateTimeParseException | NullPointerException notADuration) {
            // answered below
        }
        throw new IllegalArgumentException(key + " must be a positive ISO-8601 duration such as PT2H or PT30M");
    }

    public Duration replyWindow(boolean complex) {
        return duration(complex ? "desk.sla.complex-window" : "desk.sla.simple-window");
    }

    public double warningShare() {
        try {
            return (Double) parse("desk.sla.warning-share", value("desk.sla.warning-share"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public Duration leadContactWindow() {
        return duration("desk.sla.lead-contact-window");
    }

    public Duration escalationWindow() {
        return duration("desk.sla.escalation-window");
    }

    public Duration reminderCycle() {
        return duration("desk.sla.reminder-cycle");
    }

    public Duration ratingWait() {
        return duration("desk.sla.rating-wait");
    }

    public ZoneId timeZone() {
        return ZoneId.of(config().getOptionalValue("desk.time-zone", String.class).orElse("UTC"));
    }

    /**
     * The calendar a team's reply windows are counted in: the business calendar an administrator chose for the team,
     * else round the clock in the desk's time zone, where a window is elapsed time.
     */
    public BusinessCalendar calendar(String teamCode) {
        return calendars.of(teamCode, timeZone());
    }

    /** The reply deadline of a complaint received at the given time (DOMAIN.md section 20), in its team's calendar. */
    public Instant replyDeadline(BusinessCalendar calendar, Instant from, boolean complex) {
        return calendar.plus(from, replyWindow(complex));
    }

    /** When the warning fires: the warning share of the working time from the window's start to its deadline. */
    public Instant warningAt(BusinessCalendar calendar, Instant from, Instant deadline) {
        long millis = calendar.between(from, deadline).toMillis();
        return calendar.plus(from, Duration.ofMillis(Math.round(millis * warningShare())));
    }
}
