/**
 * Alerts by e-mail: a transactional outbox written together with each alert, and a sender that delivers it
 * over SMTP (Jakarta Mail) outside any transaction, retrying with backoff, so a mail server that is down never
 * touches a complaint or its process.
 */
package org.complaintdesk.notification;
