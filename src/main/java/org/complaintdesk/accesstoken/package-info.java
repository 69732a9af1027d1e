/**
 * Personal access tokens: what a person's API clients send instead of the password ({@code Bearer cdp_...}), so that
 * an API call costs a SHA-256 and one query instead of a PBKDF2 verification. Created by their owner and shown once,
 * stored as a hash, listed and revoked by their owner and by administrators, checked by an identity store.
 */
package org.complaintdesk.accesstoken;
