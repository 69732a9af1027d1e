/**
 * The desk's own running: the start in order ({@link org.complaintdesk.operations.DeskStartup}), the metrics and
 * the health checks. It sits at the top beside the screens and the API because it reaches into every package
 * below to start it or to count it; nothing below may reach back into it.
 */
package org.complaintdesk.operations;
