package org.complaintdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.complaintdesk.complaint.AlertRepository;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.security.CurrentActor;

/** The header's count of the reader's unread alerts of the last days, on every page (read once per request). */
@Named
@RequestScoped
public class AlertBadge {

    @Inject
    ComplaintQueries queries;

    @Inject
    CurrentActor current;

    @Inject
    SecurityContext security;

    private Integer count;

    public int getCount() {
        if (count == null) {
            // an error page can be shown to nobody logged in
            count = security.getCallerPrincipal() == null ? 0 : queries.unreadAlerts(current.actor());
        }
        return count;
    }

    /** The count as shown: "99+" beyond what is counted. */
    public String getLabel() {
        return getCount() > AlertRepository.MOST_COUNTED ? AlertRepository.MOST_COUNTED + "+" : String.valueOf(getCount());
    }
}
