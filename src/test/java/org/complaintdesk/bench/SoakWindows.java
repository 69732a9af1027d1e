package org.complaintdesk.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The SLA windows of the soak, short enough that every complaint runs its whole ladder within minutes. They
 * coincide on purpose: the lead-contact window is two reminder cycles and the escalation window three, so a lead's
 * overdue timer and a reminder fall due at the same instant on every complaint that goes that far.
 */
record SoakWindows(Duration simple, Duration complex, double warningShare, Duration leadContact, Duration escalation,
        Duration reminderCycle, Duration ratingWait) {

    static final SoakWindows SHORT = new SoakWindows(Duration.ofSeconds(60), Duration.ofSeconds(120), 0.5,
            Duration.ofSeconds(60), Duration.ofSeconds(90), Duration.ofSeconds(30), Duration.ofSeconds(120));

    Duration reply(boolean complex) {
        return complex ? this.complex : simple;
    }

    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("DESK_SLA_SIMPLE_WINDOW", simple.toString());
        env.put("DESK_SLA_COMPLEX_WINDOW", complex.toString());
        env.put("DESK_SLA_WARNING_SHARE", String.valueOf(warningShare));
        env.put("DESK_SLA_LEAD_CONTACT_WINDOW", leadContact.toString());
        env.put("DESK_SLA_ESCALATION_WINDOW", escalation.toString());
        env.put("DESK_SLA_REMINDER_CYCLE", reminderCycle.toString());
        env.put("DESK_SLA_RATING_WAIT", ratingWait.toString());
        return env;
    }
}
