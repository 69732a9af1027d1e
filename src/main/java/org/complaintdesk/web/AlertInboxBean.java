package org.complaintdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import org.complaintdesk.complaint.Alert;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.sla.SlaWindows;

/** The alert inbox: the user's alerts, newest first, read and unread. */
@Named
@RequestScoped
public class AlertInboxBean {

    @Inject
    ComplaintQueries queries;

    @Inject
    CurrentActor current;

    @Inject
    SlaWindows windows;

    private boolean unreadOnly;
    private List<ComplaintQueries.InboxAlert> alerts;

    public List<ComplaintQueries.InboxAlert> getAlerts() {
        if (alerts == null) {
            alerts = queries.alertsFor(current.actor(), null, unreadOnly, 200);
        }
        return alerts;
    }

    /** The alert in the page's language. */
    public String text(Alert alert) {
        return alert.textIn(FacesContext.getCurrentInstance().getViewRoot().getLocale(), windows.timeZone());
    }

    public void markRead(Long id) {
        Screens.attempt("alertsForm", () -> {
            queries.markRead(id, current.actor());
            alerts = null;
        });
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
        this.alerts = null;
    }
}
