/**
 * What the desk stands on: the configured database, schema migrations, retries on conflict, background checks that
 * repeat, and the end of a start that failed. It is the bottom layer: it uses no other package of the desk.
 */
package org.complaintdesk.platform;
