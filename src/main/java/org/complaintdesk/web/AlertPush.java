package org.complaintdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import org.complaintdesk.broadcast.AlertArrived;

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

    void onAlert(@Observes AlertArrived alert) {
        String message = JSON.createObjectBuilder().add("id", alert.alertId()).add("complaint", alert.complaintNumber())
                .add("kind", alert.kind()).add("message", alert.message()).build().toString();
        alerts.send(message, alert.usernames());
    }
}
