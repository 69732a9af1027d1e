package org.complaintdesk.complaint;

/** Where a complaint stands. */
public enum ComplaintStatus {
    /** logged, apology and record under way */
    OPEN,
    /** recorded; the customer waits for the promised reply */
    AWAITING_REPLY,
    /** with a team lead or supervisor */
    ESCALATED,
    CLOSED,
    /** reopened after a rating of 4 (problem not solved) */
    REOPENED
}
