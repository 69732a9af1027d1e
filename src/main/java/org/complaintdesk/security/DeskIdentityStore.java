package org.complaintdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/** Checks a user name and password against the desk_user table; a disabled user cannot log in. */
@ApplicationScoped
public class DeskIdentityStore implements IdentityStore {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    /**
     * Passwords only. IdentityStore's default finds the typed method by reflection and, for a personal token, throws
     * and catches a NoSuchMethodError on every API call (3,900 in one intake benchmark's profile).
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof UsernamePasswordCredential password
                ? validate(password) : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        Optional<DeskUser> found = users.findByUsername(credential.getCaller());
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        DeskUser user = found.get();
        if (!hasher.verify(password, user.getPasswordHash()) || !user.isEnabled()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(user.getUsername(), user.getRole().groups());
    }
}
