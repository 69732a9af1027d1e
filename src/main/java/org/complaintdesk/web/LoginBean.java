package org.complaintdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.Duration;
import org.complaintdesk.security.DeskAuthenticationMechanism;

/** The login page's form, and the logout button of every page. */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    private String username;
    private String password;

    public String login() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        // a new session id at login: a session id known before login is worth nothing after it
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new UsernamePasswordCredential(username, password)));
        if (status != AuthenticationStatus.SUCCESS) {
            facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal(request), null));
            return null;
        }
        external.redirect(external.getRequestContextPath() + afterLogin(request.getSession()));
        facesContext.responseComplete();
        return null;
    }

    /** Why the login failed: the same words for a wrong name or password, or how long to wait after too many. */
    private static String refusal(HttpServletRequest request) {
        if (request.getAttribute(DeskAuthenticationMechanism.THROTTLED) instanceof Duration wait) {
            long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
            return MessageFormat.format(Screens.text("login.throttled"), minutes);
        }
        return Screens.text("login.wrong");
    }

    /** The page asked for before logging in, if it is one of ours; else the home page. */
    static String afterLogin(HttpSession session) {
        Object saved = session.getAttribute(DeskAuthenticationMechanism.AFTER_LOGIN);
        session.removeAttribute(DeskAuthenticationMechanism.AFTER_LOGIN);
        return saved instanceof String path && path.startsWith("/") && !path.startsWith("//") ? path : "/";
    }

    public String logout() throws ServletException {
        HttpServletRequest request = (HttpServletRequest) facesContext.getExternalContext().getRequest();
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "/login?faces-redirect=true";
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
