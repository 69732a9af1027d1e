package org.complaintdesk.sla;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The SLA windows (desk.sla.*), read from configuration each time they are needed, never literals in code
 * or BPMN, and the deadline arithmetic built on them.
 */
@ApplicationScoped
public class SlaWindows {

    private Config config() {
        return ConfigProvider.getConfig(SlaWindows.class.getClassLoader());
    }

    private Duration duration(String key) {
        Duration value = Duration.parse(config().getValue(key, String.class));
        if (value.isNegative() || value.isZero()) {
            throw new IllegalStateException(key + " must be a positive ISO-8601 duration such as PT2H");
        }
        return value;
    }

    public Duration replyWindow(boolean complex) {
        return duration(complex ? "desk.sla.complex-window" : "desk.sla.simple-window");
    }

    public double warningShare() {
        double share = config().getValue("desk.sla.warning-share", Double.class);
        if (share <= 0 || share >= 1) {
            throw new IllegalStateException("desk.sla.warning-share must lie between 0 and 1, such as 0.75");
        }
        return share;
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

    /** The reply deadline of a complaint received at the given time (DOMAIN.md section 20). */
    public Instant replyDeadline(Instant from, boolean complex) {
        return from.plus(replyWindow(complex));
    }

    /** When the warning fires: the warning share of the way from the window's start to its deadline. */
    public Instant warningAt(Instant from, Instant deadline) {
        long millis = Duration.between(from, deadline).toMillis();
        return from.plusMillis(Math.round(millis * warningShare()));
    }
}
