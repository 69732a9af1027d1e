/**
 * Several desks as one: carries every committed alert to every desk on the same database (PostgreSQL
 * LISTEN/NOTIFY), so that each desk can show it on the open pages it serves. The raising transaction queues the
 * notification (delivered only if it commits); each desk listens on one connection of its own.
 */
package org.complaintdesk.broadcast;
