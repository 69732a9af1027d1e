/**
 * What the desk stands on: the configured database, schema migrations, start-up order and health checks.
 */
package org.complaintdesk.platform;
