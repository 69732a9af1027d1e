/**
 * Reply deadlines and their clock: the SLA policy versions (the windows, the time zone and the teams' calendars a
 * complaint is held to, SlaPolicy), the deadline arithmetic in business time (BusinessCalendar, the one home of "a
 * window from here ends there"), compliance figures and reports.
 */
package org.complaintdesk.sla;
