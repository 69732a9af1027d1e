/**
 * Who may do what: users and teams, the five roles, the form and HTTP Basic login against the
 * database identity store (PBKDF2 password hashes), and the users created at first start.
 */
package org.complaintdesk.security;
