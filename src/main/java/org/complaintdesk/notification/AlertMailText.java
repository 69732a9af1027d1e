package org.complaintdesk.notification;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.Locale;
import java.util.ResourceBundle;
import org.complaintdesk.complaint.Alert;
import org.complaintdesk.complaint.AlertText;

/** The words of an alert's e-mail in the recipient's language: plain text, the alert and a link to the complaint. */
final class AlertMailText {

    private AlertMailText() {
    }

    static String subject(Alert.Kind kind, String complaintNumber, Locale language) {
        ResourceBundle words = AlertText.bundle(language);
        return format(words, "mail.subject", language, words.getString("kind." + kind.name()), complaintNumber);
    }

    static String body(String alert, String complaintNumber, String publicUrl, Locale language) {
        ResourceBundle words = AlertText.bundle(language);
        return alert + "\n\n"
                + format(words, "mail.complaint", language, complaintNumber) + "\n"
                + format(words, "mail.open", language, link(complaintNumber, publicUrl)) + "\n\n"
                + "-- \n" + words.getString("mail.signature") + "\n";
    }

    /** The alert's own words in the language; the English text stored with it when it has none. */
    static String alert(AlertText text, String english, Locale language, ZoneId zone) {
        return text == null ? english : text.in(language, zone);
    }

    /** The complaint's page; its view parameter is "number" (complaint.xhtml). */
    static String link(String complaintNumber, String publicUrl) {
        return publicUrl + "/complaint.xhtml?number=" + URLEncoder.encode(complaintNumber, StandardCharsets.UTF_8);
    }

    private static String format(ResourceBundle words, String key, Locale language, Object... args) {
        return new MessageFormat(words.getString(key), language).format(args);
    }
}
