package org.complaintdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.ResourceBundle;
import org.complaintdesk.complaint.ComplaintException;

/**
 * A refused field said in the reader's language. The use cases refuse in English (the API's words); a rule of our own
 * across fields ({@code @AssertTrue} on {@code isXxx()}) has its text under {@code refusal.xxx} in the messages, a
 * standard constraint (size, required) is interpolated again by Bean Validation in the page's locale.
 */
@ApplicationScoped
public class Refusals {

    @Inject
    ValidatorFactory validation;

    String text(ComplaintException.FieldError error, ResourceBundle messages, Locale locale) {
        ConstraintViolation<?> violation = error.violation();
        if (violation == null) {
            return error.message();
        }
        String rule = "refusal." + violation.getPropertyPath();
        if (messages.containsKey(rule)) {
            return messages.getString(rule);
        }
        if (!violation.getMessageTemplate().startsWith("{")) {
            return error.message();
        }
        return validation.getMessageInterpolator().interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("no provider context here: " + type);
            }
        }, locale);
    }
}
