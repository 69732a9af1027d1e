/**
 * The complaint: its record, append-only history, deadlines, escalations and alerts, and the use cases
 * that log it and move it through its process (intake, the steps of each role, the process's own events).
 */
package org.complaintdesk.complaint;
