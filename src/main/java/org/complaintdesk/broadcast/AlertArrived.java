package org.complaintdesk.broadcast;

import java.util.Set;

/**
 * Fired (as a CDI event) on each desk for each alert notification it hears, on the listener's thread, outside any
 * transaction: the alert as it was committed on whichever desk raised it, and those of its recipients this
 * notification names (an alert to many people may come in several notifications).
 */
public record AlertArrived(long alertId, String complaintNumber, String kind, String message, Set<String> usernames) {
}
