package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.complaintdesk.admin.AdminInput.NewUser;
import org.complaintdesk.admin.TeamAdministration;
import org.complaintdesk.admin.UserAdministration;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.Role;
import org.complaintdesk.security.Team;

/** The administrator's list of users and the form that creates one. */
@Named
@ViewScoped
public class AdminUsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration administration;

    @Inject
    TeamAdministration teamAdministration;

    @Inject
    CurrentActor current;

    private List<DeskUser> users = List.of();
    private List<Team> teams = List.of();
    private String username;
    private String password;
    private final UserForm form = new UserForm(Role.AGENT);

    public void load() {
        users = administration.users(current.actor());
        teams = teamAdministration.teams(current.actor());
    }

    public String create() {
        try {
            return Screens.perform("createForm", () -> {
                administration.create(new NewUser(username, form.getEmployeeNumber(), form.getDisplayName(), form.getRole(),
                        form.getTeam(), form.getEmail(), form.getLanguage(), password), current.actor());
                AdminScreens.info("users.created");
                return "/admin/users?faces-redirect=true";
            });
        } finally {
            password = null; // never kept in the view state longer than the request
        }
    }

    public UserForm getForm() {
        return form;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<DeskUser> getUsers() {
        return users;
    }

    public List<Team> getTeams() {
        return teams;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
