package org.complaintdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.complaintdesk.notification.MailOutbox;
import org.complaintdesk.notification.MailSettings;
import org.complaintdesk.notification.OutboxMail;

/** admin/mail: whether alert e-mails are on, and the outbox's newest mails (pending, sent or given up). */
@Named
@RequestScoped
public class AdminMailBean {

    private static final int LIMIT = 100;

    @Inject
    MailOutbox outbox;

    @Inject
    MailSettings settings;

    private String status;

    public List<OutboxMail> getMails() {
        return outbox.newest(selected(), settings.maxAttempts(), LIMIT);
    }

    /** The status filter; an unknown value shows every mail. */
    private MailOutbox.Status selected() {
        return MailOutbox.Status.named(status).orElse(null);
    }

    public boolean isEnabled() {
        return settings.enabled();
    }

    public String getServer() {
        return settings.host().map(host -> host + ":" + settings.port()).orElse("");
    }

    public int getMaxAttempts() {
        return settings.maxAttempts();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
