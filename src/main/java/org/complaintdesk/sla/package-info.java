/**
 * Reply deadlines and their clock: the SLA windows read from configuration, the deadline arithmetic in business
 * time (BusinessCalendar, the one home of "a window from here ends there"), compliance figures and reports.
 */
package org.complaintdesk.sla;
