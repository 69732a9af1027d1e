package org.complaintdesk.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.complaintdesk.complaint.Alert;

/** The words of an alert's e-mail: plain text, the alert's message and a link to the complaint. */
final class AlertMailText {

    private AlertMailText() {
    }

    static String subject(Alert.Kind kind, String complaintNumber) {
        return "[Complaint Desk] " + title(kind) + ": " + complaintNumber;
    }

    static String body(String message, String complaintNumber, String publicUrl) {
        return message + "\n\n"
                + "Complaint: " + complaintNumber + "\n"
                + "Open it: " + link(complaintNumber, publicUrl) + "\n\n"
                + "-- \nComplaint Desk (an automatic message; replies are not read)\n";
    }

    /** The complaint's page; its view parameter is "number" (complaint.xhtml). */
    static String link(String complaintNumber, String publicUrl) {
        return publicUrl + "/complaint.xhtml?number=" + URLEncoder.encode(complaintNumber, StandardCharsets.UTF_8);
    }

    private static String title(Alert.Kind kind) {
        return switch (kind) {
            case REPLY_WARNING -> "Reply due soon";
            case REPLY_OVERDUE -> "Reply overdue";
            case ESCALATION -> "Escalated";
            case REMINDER -> "Still waiting for a reply";
            case HARASSMENT_REPORTED -> "Harassing caller reported";
            case QUALITY_REVIEW -> "Quality review";
            case PAUSE_ENDED -> "Paused reply clock runs again";
            case ASSIGNED -> "A complaint for you";
        };
    }
}
