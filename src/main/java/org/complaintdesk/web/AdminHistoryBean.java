package org.complaintdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.complaintdesk.admin.AdminHistoryEntry;
import org.complaintdesk.admin.AdminLog;

/** The administrators' history, newest first, optionally for subjects starting with a prefix; and whether its chain holds. */
@Named
@RequestScoped
public class AdminHistoryBean {

    /** Enough for a screen; older lines are found with a narrower prefix. */
    static final int MAX_LINES = 200;

    @Inject
    AdminLog log;

    private String subject;
    private List<AdminHistoryEntry> entries = List.of();
    private long firstBrokenRow;

    public void load() {
        entries = log.latest(subject == null ? "" : subject.strip(), MAX_LINES);
        firstBrokenRow = log.firstBrokenRow();
    }

    public boolean isChainIntact() {
        return firstBrokenRow == 0;
    }

    public long getFirstBrokenRow() {
        return firstBrokenRow;
    }

    public List<AdminHistoryEntry> getEntries() {
        return entries;
    }

    public int getMaxLines() {
        return MAX_LINES;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }
}
