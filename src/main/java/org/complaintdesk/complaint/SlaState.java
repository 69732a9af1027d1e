package org.complaintdesk.complaint;

/** The reply-deadline state of a complaint at a moment. */
public enum SlaState {
    PENDING, MET, BREACHED, OVERDUE, NOT_APPLICABLE
}
