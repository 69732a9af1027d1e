/**
 * What the integration tests stand on: an embedded PostgreSQL, the desk on Payara Micro, HTTP clients.
 */
package org.complaintdesk.it.support;
