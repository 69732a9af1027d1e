package org.complaintdesk.web;

import java.io.Serializable;
import org.complaintdesk.admin.AdminInput.UserChange;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.Role;

/** The fields of a user that the administrator fills in, on the create form and on the edit page alike. */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String employeeNumber;
    private String displayName;
    private Role role;
    private String team;
    private String email;
    private String language = "zh-CN";

    UserForm(Role role) {
        this.role = role;
    }

    static UserForm of(DeskUser user) {
        UserForm form = new UserForm(user.getRole());
        form.employeeNumber = user.getEmployeeNumber();
        form.displayName = user.getDisplayName();
        form.team = user.getTeam() == null ? null : user.getTeam().getCode();
        form.email = user.getEmail();
        form.language = user.getLanguage() == null ? "zh-CN" : user.getLanguage();
        return form;
    }

    UserChange change() {
        return new UserChange(employeeNumber, displayName, role, team, email, language);
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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
