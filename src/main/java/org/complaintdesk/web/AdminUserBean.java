package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.complaintdesk.admin.AdminInput.NewPassword;
import org.complaintdesk.admin.AdminInput.UserChange;
import org.complaintdesk.admin.TeamAdministration;
import org.complaintdesk.admin.UserAdministration;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.Role;
import org.complaintdesk.security.Team;

/** One user on the administrator's edit page: change, reset the password, disable or enable. */
@Named
@ViewScoped
public class AdminUserBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration administration;

    @Inject
    TeamAdministration teamAdministration;

    @Inject
    CurrentActor current;

    private String username;
    private DeskUser user;
    private List<Team> teams = List.of();
    private String employeeNumber;
    private String displayName;
    private Role role;
    private String team;
    private String email;
    private String newPassword;

    public void load() {
        try {
            teams = teamAdministration.teams(current.actor());
            user = administration.user(username, current.actor());
            employeeNumber = user.getEmployeeNumber();
            displayName = user.getDisplayName();
            role = user.getRole();
            team = user.getTeam() == null ? null : user.getTeam().getCode();
            email = user.getEmail();
        } catch (ComplaintException unknown) {
            Screens.show(unknown, "editForm");
        }
    }

    public String save() {
        try {
            boolean changed = administration.change(username, new UserChange(employeeNumber, displayName, role, team, email), current.actor());
            AdminScreens.info(changed ? "user.saved" : "user.unchanged");
            return again();
        } catch (ComplaintException refused) {
            Screens.show(refused, "editForm");
            return null;
        }
    }

    public String resetPassword() {
        try {
            administration.resetPassword(username, new NewPassword(newPassword), current.actor());
            AdminScreens.info("user.passwordReset");
            return again();
        } catch (ComplaintException refused) {
            Screens.show(refused, "passwordForm");
            return null;
        } finally {
            newPassword = null;
        }
    }

    public String disable() {
        return enable(false);
    }

    public String enable() {
        return enable(true);
    }

    private String enable(boolean enabled) {
        try {
            administration.setEnabled(username, enabled, current.actor());
            AdminScreens.info(enabled ? "user.enabled" : "user.disabled");
            return again();
        } catch (ComplaintException refused) {
            Screens.show(refused, "stateForm");
            return null;
        }
    }

    /** The same page afresh, with the flash message. */
    private String again() {
        return "/admin/user?faces-redirect=true&username=" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8);
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<Team> getTeams() {
        return teams;
    }

    public DeskUser getUser() {
        return user;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public void setEmployeeNumber(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
