package org.complaintdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.complaintdesk.complaint.ComplaintException;

/**
 * A refused field said in the reader's language. The use cases refuse in English (the API's words). A refusal the use
 * case named has its words under {@code refusal.<name>}; a rule of our own with a written message (a pattern, a rule
 * across fields on {@code isXxx()}) has them under {@code refusal.<property>}; a standard constraint (size, required)
 * is interpolated again by Bean Validation in the page's locale. What has none of these is shown in English.
 */
@ApplicationScoped
public class Refusals {

    @Inject
    ValidatorFactory validation;

    @Inject
    DeskFormat format;

    String text(ComplaintException.FieldError error, ResourceBundle messages, Locale locale) {
        if (error.refusal() != null && messages.containsKey("refusal." + error.refusal())) {
            return named(error.refusal(), error.arguments(), messages, locale);
        }
        ConstraintViolation<?> violation = error.violation();
        if (violation == null) {
            return error.message();
        }
        if (!violation.getMessageTemplate().startsWith("{")) {
            String rule = "refusal." + violation.getPropertyPath();
            return messages.containsKey(rule) ? messages.getString(rule) : error.message();
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

    /**
     * The words under {@code refusal.<name>} with their arguments: an instant in the desk's time, a value of an enum by
     * its label where the messages have one ({@code category.BILLING}).
     */
    String named(String name, List<Object> arguments, ResourceBundle messages, Locale locale) {
        Object[] shown = arguments.stream().map(argument -> shown(argument, messages)).toArray();
        return new MessageFormat(messages.getString("refusal." + name), locale).format(shown);
    }

    private String shown(Object argument, ResourceBundle messages) {
        if (argument instanceof Instant instant) {
            return format.dateTime(instant);
        }
        if (argument instanceof Enum<?> value) {
            String type = value.getDeclaringClass().getSimpleName();
            String label = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
            return messages.containsKey(label) ? messages.getString(label) : value.name();
        }
        return String.valueOf(argument);
    }
}
