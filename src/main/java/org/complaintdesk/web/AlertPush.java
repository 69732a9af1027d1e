package org.complaintdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintdesk.broadcast.AlertArrived;
import org.complaintdesk.complaint.AlertText;
import org.complaintdesk.security.UserRepository;
import org.complaintdesk.sla.SlaWindows;

/**
 * Shows each alert on the open pages of its recipients that this desk serves (Faces websocket, channel "alerts"),
 * without a reload. Alerts come from every desk on the database, this one included, once their transaction has
 * committed (see the broadcast package): so each desk pushes each alert once, to its own pages.
 */
@ApplicationScoped
public class AlertPush {

    /**
     * Found once: each Json.create... call looks the provider up with a service-loader search (27 % of the job threads'
     * CPU in a timer burst, BENCHMARKS.md).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    @Push(channel = "alerts")
    PushContext alerts;

    @Inject
    UserRepository users;

    @Inject
    SlaWindows windows;

    /** Each recipient gets the alert in the language they chose (one message per language). */
    void onAlert(@Observes AlertArrived alert) {
        if (alert.text() == null) {
            alerts.send(message(alert, alert.message()), alert.usernames());
            return;
        }
        Map<String, String> chosen = users.languages(alert.usernames());
        Map<Locale, Set<String>> byLanguage = alert.usernames().stream()
                .collect(Collectors.groupingBy(name -> AlertText.readersLocale(chosen.get(name)), Collectors.toSet()));
        byLanguage.forEach((language, usernames) ->
                alerts.send(message(alert, alert.text().in(language, windows.timeZone())), usernames));
    }

    private static String message(AlertArrived alert, String text) {
        return JSON.createObjectBuilder().add("id", alert.alertId()).add("complaint", alert.complaintNumber())
                .add("kind", alert.kind()).add("message", text).build().toString();
    }
}
