package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.complaintdesk.admin.AdminInput.NewUser;
import org.complaintdesk.admin.TeamAdministration;
import org.complaintdesk.admin.UserAdministration;
import org.complaintdesk.complaint.ComplaintException;
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
    private String employeeNumber;
    private String displayName;
    private Role role = Role.AGENT;
    private String team;
    private String email;
    private String password;

    public void load() {
        users = administration.users(current.actor());
        teams = teamAdministration.teams(current.actor());
    }

    public String create() {
        try {
            administration.create(new NewUser(username, employeeNumber, displayName, role, team, email, password), current.actor());
            AdminScreens.info("users.created");
            return "/admin/users?faces-redirect=true";
        } catch (ComplaintException refused) {
            Screens.show(refused, "createForm");
            return null;
        } finally {
            password = null; // never kept in the view state longer than the request
        }
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

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
