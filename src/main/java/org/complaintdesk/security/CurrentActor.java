package org.complaintdesk.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Produces the {@link Actor} of the current request from the caller principal and the user table. */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserRepository users;

    private Actor actor;

    /** Dependent (a record cannot be proxied); cached per request by this request-scoped bean. */
    @Produces
    public Actor actor() {
        if (actor == null) {
            Principal principal = securityContext.getCallerPrincipal();
            DeskUser user = principal == null ? null : users.findByUsername(principal.getName()).orElse(null);
            if (user == null || !user.isEnabled()) {
                throw new IllegalStateException("no logged-in user");
            }
            actor = new Actor(user.getUsername(), user.getRole(), user.getTeam() == null ? null : user.getTeam().getCode());
        }
        return actor;
    }
}
