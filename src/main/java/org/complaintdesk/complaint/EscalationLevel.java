package org.complaintdesk.complaint;

import org.complaintdesk.security.Role;

/**
 * The rungs of the escalation ladder, that is who holds a complaint and receives its alerts: the agent who
 * logged it (level 0, not escalated), the team lead (level 1, DOMAIN.md section 19) and the supervisor (level 2).
 * The BPMN names them by these names, the complaint's record keeps the number, screens show them in words
 * ({@code escalation.level.*} in the message bundles).
 */
public enum EscalationLevel {
    AGENT(Role.AGENT),
    TEAM_LEAD(Role.TEAM_LEAD),
    SUPERVISOR(Role.SUPERVISOR);

    private final Role role;

    EscalationLevel(Role role) {
        this.role = role;
    }

    /** The security role (and BPMN candidate group) of whoever holds a complaint at this level. */
    public Role role() {
        return role;
    }

    /** 0, 1 or 2, as the complaint's record and the API give it. */
    public int number() {
        return ordinal();
    }

    /** Team leads act for their own team; supervisors for every team. */
    public boolean withinTeam() {
        return this != SUPERVISOR;
    }

    public static EscalationLevel of(int number) {
        if (number < 0 || number >= values().length) {
            throw new IllegalArgumentException("no escalation level " + number);
        }
        return values()[number];
    }
}
