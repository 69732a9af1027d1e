package org.complaintdesk.security;

/** An enabled user as an alert's recipients need them: the name, the role and the team's code (null for none). */
public record RoleHolder(String username, Role role, String teamCode) {
}
