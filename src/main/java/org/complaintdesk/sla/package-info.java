/**
 * Reply deadlines and their clock: the SLA windows read from configuration, deadline arithmetic,
 * and (later) compliance figures and reports.
 */
package org.complaintdesk.sla;
