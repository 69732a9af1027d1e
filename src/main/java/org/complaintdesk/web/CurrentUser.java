package org.complaintdesk.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.UserRepository;

/** The logged-in user as the page template shows them: employee number, role, team (its name in the page's language). */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserRepository users;

    private DeskUser user;

    @PostConstruct
    void load() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal != null) {
            user = users.findByUsername(principal.getName()).orElse(null);
        }
    }

    public boolean isLoggedIn() {
        return user != null;
    }

    public String getUsername() {
        return user == null ? "" : user.getUsername();
    }

    /** The live alerts' socket of this page (see AlertPush). */
    public AlertPush.Page getAlertSocket() {
        return new AlertPush.Page(getUsername(), FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag());
    }

    public String getEmployeeNumber() {
        return user == null ? "" : user.getEmployeeNumber();
    }

    public String getRole() {
        return user == null ? "" : user.getRole().name();
    }

    public String getTeam() {
        return user == null || user.getTeam() == null ? null
                : user.getTeam().nameIn(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
