package org.complaintdesk.sla;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SLA windows (desk.sla.*) by name and what a valid value of each looks like, and the desk's time zone. Their
 * values in force (an administrator's change, else the configured default) become versions of the
 * {@link SlaPolicy}, which the deadline arithmetic reads: never literals in code or BPMN.
 */
@ApplicationScoped
public class SlaWindows {

    /** The windows administrators may change, in the order screens show them. */
    public static final List<String> NAMES = List.of("desk.sla.simple-window", "desk.sla.complex-window",
            "desk.sla.warning-share", "desk.sla.lead-contact-window", "desk.sla.escalation-window",
            "desk.sla.reminder-cycle", "desk.sla.rating-wait", "desk.sla.max-pause");

    private Config config() {
        return ConfigProvider.getConfig(SlaWindows.class.getClassLoader());
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

    public ZoneId timeZone() {
        return ZoneId.of(config().getOptionalValue("desk.time-zone", String.class).orElse("UTC"));
    }
}
