package org.complaintdesk.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Complaint numbers such as C-20261123-0042: the day of receipt in the desk's time zone and the complaint's
 * id from its database sequence, so a number is unique and never reused, however many desks run.
 */
final class ComplaintNumbers {

    private ComplaintNumbers() {
    }

    static String format(long id, Instant receivedAt, ZoneId zone) {
        return "C-" + LocalDate.ofInstant(receivedAt, zone).format(DateTimeFormatter.BASIC_ISO_DATE)
                + "-" + atLeastFourDigits(id);
    }

    private static String atLeastFourDigits(long id) {
        String digits = Long.toString(id);
        return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
    }
}
