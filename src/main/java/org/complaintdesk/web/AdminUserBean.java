package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.complaintdesk.admin.AdminInput.NewPassword;
import org.complaintdesk.admin.TeamAdministration;
import org.complaintdesk.admin.UserAdministration;
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
    private String newPassword;
    private UserForm form = new UserForm(null);

    public void load() {
        Screens.attempt("editForm", () -> {
            teams = teamAdministration.teams(current.actor());
            user = administration.user(username, current.actor());
            form = UserForm.of(user);
        });
    }

    public String save() {
        return Screens.perform("editForm", () -> {
            boolean changed = administration.change(username, form.change(), current.actor());
            AdminScreens.info(changed ? "user.saved" : "user.unchanged");
            return again();
        });
    }

    public String resetPassword() {
        try {
            return Screens.perform("passwordForm", () -> {
                administration.resetPassword(username, new NewPassword(newPassword), current.actor());
                AdminScreens.info("user.passwordReset");
                return again();
            });
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
        return Screens.perform("stateForm", () -> {
            administration.setEnabled(username, enabled, current.actor());
            AdminScreens.info(enabled ? "user.enabled" : "user.disabled");
            return again();
        });
    }

    /** The same page afresh, with the flash message. */
    private String again() {
        return "/admin/user?faces-redirect=true&username=" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8);
    }

    public UserForm getForm() {
        return form;
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

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
