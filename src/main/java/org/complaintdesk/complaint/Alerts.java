package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.complaintdesk.security.Role;
import org.complaintdesk.security.RoleHolder;
import org.complaintdesk.security.UserRepository;
import org.complaintdesk.sla.SlaWindows;

/** Raises alerts: stores each once and announces it to the users it reaches. */
@ApplicationScoped
public class Alerts {

    @Inject
    AlertRepository repository;

    @Inject
    UserRepository users;

    @Inject
    Event<AlertRaised> raised;

    @Inject
    SlaWindows windows;

    public void raise(Alert alert) {
        alert.spellOut(windows.timeZone());
        repository.persist(alert);
        raised.fire(new AlertRaised(alert.getId(), alert.getComplaintNumber(), alert.getKind(), alert.getMessage(), alert.text(),
                recipients(alert)));
    }

    /** The user, or everyone of the role (of the team, when set); supervisors also see what team leads see. */
    private Set<String> recipients(Alert alert) {
        Set<String> usernames = new HashSet<>();
        if (alert.getRecipient() != null) {
            usernames.add(alert.getRecipient());
        }
        if (alert.getRecipientRole() != null) {
            Role role = Role.valueOf(alert.getRecipientRole());
            Set<Role> roles = role == Role.TEAM_LEAD ? EnumSet.of(Role.TEAM_LEAD, Role.SUPERVISOR) : EnumSet.of(role);
            for (RoleHolder holder : users.enabledHolders(roles)) {
                boolean ofTheTeam = alert.getTeamCode() == null || holder.teamCode() == null || alert.getTeamCode().equals(holder.teamCode());
                if (holder.role() != role || ofTheTeam) {
                    usernames.add(holder.username());
                }
            }
        }
        return usernames;
    }
}
