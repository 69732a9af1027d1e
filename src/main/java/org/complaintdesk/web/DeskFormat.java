package org.complaintdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.sla.SlaWindows;

/** Dates and times on the screens, always in the desk's configured time zone. */
@Named
@ApplicationScoped
public class DeskFormat {

    @Inject
    SlaWindows windows;

    @Inject
    DeskClock clock;

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
