/**
 * Who may do what: users and teams, the five roles, the login page's session, HTTP Basic and personal access
 * tokens (Bearer) per API call, the database identity store (PBKDF2 password hashes, renewed at the page login
 * when made with fewer iterations; a password verified lately is remembered, as an HMAC, for ten minutes), and the
 * users created at first start.
 */
package org.complaintdesk.security;
