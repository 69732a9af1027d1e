package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Checks a step's input with Bean Validation and refuses it, naming each field, before anything changes. */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public <T> T check(T input, String what) {
        if (input == null) {
            throw ComplaintException.invalid("body", what + " is missing");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            List<ComplaintException.FieldError> errors = violations.stream()
                    .map(InputValidation::fieldError)
                    .sorted(Comparator.comparing(ComplaintException.FieldError::field))
                    .toList();
            throw ComplaintException.invalid(errors);
        }
        return input;
    }

    /** Rules across fields name their field(s) in the message: "resolution: required when ...". */
    private static ComplaintException.FieldError fieldError(ConstraintViolation<?> violation) {
        String message = violation.getMessage();
        int colon = message.indexOf(": ");
        if (colon > 0) {
            return new ComplaintException.FieldError(message.substring(0, colon), message.substring(colon + 2), violation);
        }
        String path = violation.getPropertyPath().toString();
        return new ComplaintException.FieldError(path.isEmpty() ? "body" : path, message, violation);
    }
}
