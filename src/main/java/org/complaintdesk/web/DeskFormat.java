package org.complaintdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.complaintdesk.complaint.Complexity;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.sla.SlaPolicies;
import org.complaintdesk.sla.SlaWindows;

/** Dates and times on the screens, always in the desk's configured time zone. */
@Named
@ApplicationScoped
public class DeskFormat {

    @Inject
    SlaWindows windows;

    @Inject
    DeskClock clock;

    @Inject
    SlaPolicies policies;

    @Inject
    PolicyInForce inForce;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(windows.timeZone()).format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").withZone(windows.timeZone()).format(instant);
    }

    /**
     * When the customer is promised a reply, as said on the phone: the time alone today, "tomorrow" and the time, or
     * the date and the time (a window in business time can end days later, after a weekend or a holiday).
     */
    public String promised(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(windows.timeZone());
        LocalDate today = LocalDate.ofInstant(clock.now(), windows.timeZone());
        String key = at.toLocalDate().equals(today) ? "promise.today"
                : at.toLocalDate().equals(today.plusDays(1)) ? "promise.tomorrow" : "promise.later";
        return MessageFormat.format(Screens.text(key), time(instant), Screens.text("promise.month." + at.getMonthValue()),
                at.getDayOfMonth(), Screens.text("promise.weekday." + at.getDayOfWeek().getValue()));
    }

    /** A complexity with the reply window the policy in force gives it: "Simple (reply within 2 hours)". */
    public String complexity(Complexity complexity) {
        return complexity(complexity, null);
    }

    /** The same under a complaint's own policy version (null: the one in force). */
    public String complexity(Complexity complexity, Integer policyVersion) {
        if (complexity == null) {
            return "";
        }
        Duration window = (policyVersion == null ? inForce.policy() : policies.of(policyVersion)).replyWindow(complexity == Complexity.COMPLEX);
        return MessageFormat.format(Screens.text("complexity." + complexity), span(window));
    }

    /** A span as people say it, in the page's language: in whole hours, minutes or seconds. */
    public String span(Duration span) {
        long seconds = span.getSeconds();
        if (seconds % 3600 == 0) {
            return MessageFormat.format(Screens.text("span.hours"), seconds / 3600);
        }
        return seconds % 60 == 0 ? MessageFormat.format(Screens.text("span.minutes"), seconds / 60)
                : MessageFormat.format(Screens.text("span.seconds"), seconds);
    }

    /** Milliseconds since the epoch, for the pages' countdown script. */
    public long epochMillis(Instant instant) {
        return instant == null ? 0 : instant.toEpochMilli();
    }

    /** A span of seconds as hours and minutes, 1:05 (the same in every language). */
    public String minutes(long seconds) {
        long minutes = seconds / 60;
        return minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }

    public String zone() {
        return windows.timeZone().getId();
    }
}
