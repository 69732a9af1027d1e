/**
 * The complaint: its record, append-only history, deadlines, escalations and alerts, and the use cases
 * that log it and move it through its process (intake, the steps of each role, the process's own events).
 * The escalation ladder lives in {@link org.complaintdesk.complaint.EscalationLevel} and
 * {@link org.complaintdesk.complaint.EscalationReason}, which the BPMN, the alerts and the screens share.
 * The process calls back into the complaint through {@link org.complaintdesk.complaint.ComplaintProcessHooks}, whose
 * bean is found by name from the BPMN's expressions, so workflow below needs no import of this package.
 */
package org.complaintdesk.complaint;
