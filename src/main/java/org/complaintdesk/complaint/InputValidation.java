package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Checks a step's input with Bean Validation, and its texts for control characters, and refuses it, naming each
 * field, before anything changes.
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public <T> T check(T input, String what) {
        if (input == null) {
            throw ComplaintException.invalid("body", what + " is missing");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        List<ComplaintException.FieldError> errors = new ArrayList<>(violations.stream().map(InputValidation::fieldError).toList());
        errors.addAll(controlCharacters(input));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(ComplaintException.FieldError::field));
            throw ComplaintException.invalid(errors);
        }
        return input;
    }

    /**
     * The text fields of an input record that hold control characters: NUL (which PostgreSQL cannot store), escape
     * sequences, bells, C1 controls, DEL and the Unicode line and paragraph separators. Tab, line feed and carriage
     * return stay allowed: a customer's account or a reply has lines.
     */
    static List<ComplaintException.FieldError> controlCharacters(Object input) {
        if (!(input instanceof Record record)) {
            return List.of();
        }
        List<ComplaintException.FieldError> errors = new ArrayList<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            if (component.getType() != String.class) {
                continue;
            }
            try {
                java.lang.reflect.Method accessor = component.getAccessor();
                // input records of other packages may be package-private
                accessor.setAccessible(true);
                String text = (String) accessor.invoke(record);
                if (hasControlCharacters(text)) {
                    errors.add(new ComplaintException.FieldError(component.getName(), "must not contain control characters")
                            .because("controlCharacters"));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return errors;
    }

    /** Whether a text holds a control character refused in input (see {@link #controlCharacters}); null holds none. */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(InputValidation::isForbiddenControl);
    }

    private static boolean isForbiddenControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029;
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
