package org.complaintdesk.broadcast;

import java.util.Set;
import org.complaintdesk.complaint.AlertText;

/**
 * Fired (as a CDI event) on each desk for each alert notification it hears, on the listener's thread, outside any
 * transaction: the alert as it was committed on whichever desk raised it, and those of its recipients this
 * notification names (an alert to many people may come in several notifications). Its words ({@code text}) to show
 * each reader in their language; null when they did not fit the notification (then the English message stands).
 */
public record AlertArrived(long alertId, String complaintNumber, String kind, String message, AlertText text,
        Set<String> usernames) {
}
