package org.complaintdesk.complaint;

import java.util.Set;

/**
 * Fired (as a CDI event) for each alert stored, with the user names it reaches, so that their open pages
 * can show it; observe it after the transaction succeeded.
 */
public record AlertRaised(Long alertId, String complaintNumber, Alert.Kind kind, String message, AlertText text,
        Set<String> usernames) {
}
