package org.complaintdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.complaintdesk.complaint.AlertRaised;

/**
 * Sends each stored alert to the open pages of its recipients (Faces websocket, channel "alerts") once the
 * transaction that raised it has committed; a page shows it without a reload.
 */
@ApplicationScoped
public class AlertPush {

    private static final Logger LOG = Logger.getLogger(AlertPush.class.getName());

    @Inject
    @Push(channel = "alerts")
    PushContext alerts;

    void onAlert(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertRaised alert) {
        if (alert.usernames().isEmpty()) {
            return;
        }
        try {
            String message = Json.createObjectBuilder().add("id", alert.alertId()).add("complaint", alert.complaintNumber())
                    .add("kind", alert.kind().name()).add("message", alert.message()).build().toString();
            alerts.send(message, alert.usernames());
        } catch (RuntimeException e) {
            // the alert is stored and in the inbox; a push that fails must not disturb anything else
            LOG.log(Level.WARNING, "Could not push alert " + alert.alertId(), e);
        }
    }
}
