package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.validation.Validator;

/** The Bean Validation the container injects into {@link InputValidation}. */
@ApplicationScoped
public class Validation {

    @Produces
    @ApplicationScoped
    Validator validator() {
        return jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
    }
}
