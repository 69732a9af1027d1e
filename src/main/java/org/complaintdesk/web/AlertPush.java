package org.complaintdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.complaintdesk.broadcast.AlertArrived;
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
    SlaWindows windows;

    /**
     * Who a page's socket is: its user and the page's language. A person reads an alert in the words of the page it
     * lands on, whether the language came from their choice, the workstation's cookie or the browser.
     */
    public record Page(String username, String language) implements Serializable {
    }

    /** Each recipient's open pages get the alert in their own language (one message per language). */
    void onAlert(@Observes AlertArrived alert) {
        for (Locale language : LocaleBean.SUPPORTED) {
            Set<Page> pages = alert.usernames().stream().map(name -> new Page(name, language.toLanguageTag()))
                    .collect(Collectors.toSet());
            String text = alert.text() == null ? alert.message() : alert.text().in(language, windows.timeZone());
            alerts.send(message(alert, text), pages);
        }
    }

    private static String message(AlertArrived alert, String text) {
        return JSON.createObjectBuilder().add("id", alert.alertId()).add("complaint", alert.complaintNumber())
                .add("kind", alert.kind()).add("message", text).build().toString();
    }
}
