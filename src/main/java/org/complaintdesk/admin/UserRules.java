package org.complaintdesk.admin;

import java.util.Optional;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.Role;

/** The rules that keep the desk usable while administrators change users; plain, so they are tested without a container. */
final class UserRules {

    private UserRules() {
    }

    /** Agents and team leads work for a team: their complaints and escalations are routed by it. */
    static boolean needsTeam(Role role) {
        return role == Role.AGENT || role == Role.TEAM_LEAD;
    }

    /** Why the user may not be disabled, if they may not. */
    static Optional<String> refuseDisable(String actor, DeskUser user, long enabledAdmins) {
        if (user.getUsername().equals(actor)) {
            return Optional.of("You cannot disable your own account");
        }
        return lastAdmin(user, enabledAdmins) ? Optional.of(user.getUsername() + " is the last enabled administrator") : Optional.empty();
    }

    /** Why the user may not get the new role, if they may not: the last enabled administrator keeps theirs. */
    static Optional<String> refuseRole(DeskUser user, Role newRole, long enabledAdmins) {
        return newRole != Role.ADMIN && lastAdmin(user, enabledAdmins)
                ? Optional.of(user.getUsername() + " is the last enabled administrator and keeps the role ADMIN")
                : Optional.empty();
    }

    private static boolean lastAdmin(DeskUser user, long enabledAdmins) {
        return user.getRole() == Role.ADMIN && user.isEnabled() && enabledAdmins <= 1;
    }
}
