/**
 * The desk's machine neighbours: API keys per integration (web form, chat, SMS gateway), idempotent
 * complaint intake from those channels, and the satisfaction SMS (the question sent on closing and the
 * customer's one-digit answer coming back through the gateway).
 */
package org.complaintdesk.integration;
