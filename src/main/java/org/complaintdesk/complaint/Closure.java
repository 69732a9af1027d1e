package org.complaintdesk.complaint;

/** How the process closes a complaint, as the BPMN names it; written to the complaint's history. */
public enum Closure {
    RESOLVED_ON_SPOT,
    REPLIED,
    HARASSMENT,
    SUGGESTION
}
