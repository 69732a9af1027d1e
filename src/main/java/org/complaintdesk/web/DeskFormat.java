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

    public String zone() {
        return windows.timeZone().getId();
    }
}
