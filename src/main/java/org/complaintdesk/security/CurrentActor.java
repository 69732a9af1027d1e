package org.complaintdesk.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Produces the {@link Actor} of the current request: as the check of a personal access token read it in this request,
 * else from the caller principal and the user table.
 */
@RequestScoped
public class CurrentActor {

    /** Request attribute: the caller as their credential's check found them (a personal access token). */
    static final String AUTHENTICATED = "desk.authenticatedActor";

    @Inject
    SecurityContext securityContext;

    @Inject
    UserRepository users;

    @Inject
    HttpServletRequest request;

    private Actor actor;

    /** Dependent (a record cannot be proxied); cached per request by this request-scoped bean. */
    @Produces
    public Actor actor() {
        if (actor == null) {
            Principal principal = securityContext.getCallerPrincipal();
            Object authenticated = principal == null ? null : request.getAttribute(AUTHENTICATED);
            if (authenticated instanceof Actor known && known.username().equals(principal.getName())) {
                actor = known;
                return actor;
            }
            DeskUser user = principal == null ? null : users.findByUsername(principal.getName()).orElse(null);
            if (user == null || !user.isEnabled()) {
                throw new IllegalStateException("no logged-in user");
            }
            actor = new Actor(user.getUsername(), user.getRole(), user.getTeam() == null ? null : user.getTeam().getCode());
        }
        return actor;
    }
}
