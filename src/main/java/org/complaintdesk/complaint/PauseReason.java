package org.complaintdesk.complaint;

/** Why a complaint's reply clock stands still: the desk waits for the customer. Stored in {@code complaint_pause.reason}. */
public enum PauseReason {
    /** The customer was asked for documents (a bill, a photo, an order confirmation). */
    DOCUMENTS_REQUESTED,
    /** The customer could not be reached at the number given. */
    CUSTOMER_UNREACHABLE,
    /** The customer asked the desk to wait (travelling, will call back). */
    CUSTOMER_ASKED_TO_WAIT
}
