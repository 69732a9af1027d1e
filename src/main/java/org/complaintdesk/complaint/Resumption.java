package org.complaintdesk.complaint;

/** How a pause ended. Stored in {@code complaint_pause.resumption}. */
public enum Resumption {
    /** An agent or lead resumed the clock. */
    RESUMED,
    /** The customer called back and the agent recorded it. */
    CUSTOMER_CALLED_BACK,
    /** The agent recorded or replied to the complaint: the customer is on the line. */
    STEP_TAKEN,
    /** The pause reached the policy's maximum; the agent is alerted. */
    MAX_PAUSE_REACHED
}
