package org.complaintdesk.accesstoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.complaintdesk.security.PersonalTokenCredential;

/**
 * The identity store of personal access tokens: the container's identity store handler asks it about a
 * {@link PersonalTokenCredential} (and the user table's store about passwords). A valid token lets its owner in with
 * the groups of their role now; the credential keeps who they are for the rest of the request ({@code CurrentActor}).
 */
@ApplicationScoped
public class PersonalTokenStore implements IdentityStore {

    @Inject
    PersonalTokens tokens;

    /** Tokens only, without IdentityStore's reflective lookup of the typed method (see DeskIdentityStore). */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        return credential instanceof PersonalTokenCredential token
                ? validate(token) : CredentialValidationResult.NOT_VALIDATED_RESULT;
    }

    public CredentialValidationResult validate(PersonalTokenCredential credential) {
        return tokens.authenticate(credential.getToken())
                .map(owner -> {
                    credential.validatedAs(owner);
                    return new CredentialValidationResult(owner.username(), owner.groups());
                })
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
