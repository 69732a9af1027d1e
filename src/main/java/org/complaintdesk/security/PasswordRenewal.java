package org.complaintdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Renews a person's password hash when they log in on the login page and their hash was made with fewer PBKDF2
 * iterations than {@link PasswordHasher} uses now (hashes of before the raise to 600,000). Only there: the login
 * page is the one place where the password is at hand and a second hashing costs nobody a slow answer.
 */
@ApplicationScoped
public class PasswordRenewal {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    /**
     * @return whether the hash was renewed. The password is checked again against the stored hash, so that a
     *         password an administrator set in the meantime is never overwritten with the old one.
     */
    @Transactional
    public boolean renewIfWeaker(String username, String password) {
        DeskUser user = users.findByUsername(username).orElse(null);
        if (user == null || !hasher.isWeakerThanCurrent(user.getPasswordHash()) || !hasher.verify(password, user.getPasswordHash())) {
            return false;
        }
        user.setPasswordHash(hasher.hash(password));
        return true;
    }
}
