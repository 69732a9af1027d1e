package org.complaintdesk.security;

import java.util.Set;

/** Who is acting: a logged-in user, or the process itself (timers) as {@link #SYSTEM}. */
public record Actor(String username, Role role, String team) implements java.io.Serializable {

    public static final Actor SYSTEM = new Actor("system", null, null);

    public Set<String> groups() {
        return role == null ? Set.of() : role.groups();
    }

    public boolean is(Role wanted) {
        return role == wanted;
    }

    /** A team lead of the given team, or a supervisor (who leads every team). */
    public boolean leads(String teamCode) {
        return role == Role.SUPERVISOR || (role == Role.TEAM_LEAD && team != null && team.equals(teamCode));
    }
}
