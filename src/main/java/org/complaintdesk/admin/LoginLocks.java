package org.complaintdesk.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.UserLocked;
import org.complaintdesk.security.UserRepository;

/**
 * A user locked out after wrong passwords is a line in the admin history ({@code USER_LOCKED}), so administrators see
 * who was being guessed and from where. Names no user has are only in the log: the history is about users.
 */
@ApplicationScoped
public class LoginLocks {

    @Inject
    AdminLog log;

    @Inject
    UserRepository users;

    @Transactional
    public void record(@Observes UserLocked locked) {
        users.findByUsername(locked.username()).ifPresent(user -> log.record(Actor.SYSTEM, "user:" + user.getUsername(), "USER_LOCKED",
                "for " + locked.lock().toMinutes() + " minute(s) after wrong passwords, the last from " + locked.address()));
    }
}
