package org.complaintdesk.complaint;

/** What the complaint is about; some categories take their own path through the process. */
public enum Category {
    HOTLINE_HARD_TO_REACH,
    AGENT_ATTITUDE,
    AGENT_MISTAKE,
    PRODUCT_OR_SERVICE_FAULT,
    BILLING,
    DELIVERY,
    SUGGESTION,
    HARASSMENT,
    OTHER;

    /** Harassment is reported and closed, a suggestion thanked and forwarded: neither has a reply deadline. */
    public boolean hasReplyDeadline() {
        return this != SUGGESTION && this != HARASSMENT;
    }
}
