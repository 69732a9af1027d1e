package org.complaintdesk.security;

import java.util.Set;

/** The security roles; their names are also the Jakarta Security groups and the BPMN candidate groups. */
public enum Role {
    AGENT,
    TEAM_LEAD,
    SUPERVISOR,
    AUDITOR,
    ADMIN;

    /** The groups a user of this role belongs to: a supervisor also sees everything a team lead sees. */
    public Set<String> groups() {
        return this == SUPERVISOR ? Set.of(SUPERVISOR.name(), TEAM_LEAD.name()) : Set.of(name());
    }
}
