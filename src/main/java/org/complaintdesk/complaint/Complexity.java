package org.complaintdesk.complaint;

/** Simple complaints get a clear reply within 2 hours, complex ones within 24 (the windows are configuration). */
public enum Complexity {
    SIMPLE, COMPLEX
}
