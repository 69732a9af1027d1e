package org.complaintdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.complaintdesk.sla.SlaWindows;

/** Dates and times on the screens, always in the desk's configured time zone. */
@Named
@ApplicationScoped
public class DeskFormat {

    @Inject
    SlaWindows windows;

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(windows.timeZone()).format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm").withZone(windows.timeZone()).format(instant);
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
