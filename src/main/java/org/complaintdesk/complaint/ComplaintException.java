package org.complaintdesk.complaint;

import jakarta.validation.ConstraintViolation;
import java.util.List;

/**
 * A use case refused: the API answers it as problem+json with {@link #status}, a screen as a message.
 * Thrown before anything is written, or it rolls the whole transaction back.
 */
public class ComplaintException extends RuntimeException {

    /**
     * One field and what is wrong with it (in English, as the API answers). So that a screen can say it in the reader's
     * language, it has the Bean Validation finding it came from ({@code violation}), or a name for the words under
     * {@code refusal.<name>} with their {@code arguments}, or neither (then the English is shown).
     */
    public record FieldError(String field, String message, ConstraintViolation<?> violation, String refusal, List<Object> arguments) {

        public FieldError(String field, String message) {
            this(field, message, null, null, List.of());
        }

        public FieldError(String field, String message, ConstraintViolation<?> violation) {
            this(field, message, violation, null, List.of());
        }

        /** The same error, named for the screens' words (an instant among the arguments is shown in the desk's time). */
        public FieldError because(String name, Object... arguments) {
            return new FieldError(field, message, violation, name, List.of(arguments));
        }
    }

    private final int status;
    private final String title;
    private List<FieldError> errors;
    private String refusal;
    private List<Object> refusalArguments = List.of();

    private ComplaintException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors;
    }

    public static ComplaintException invalid(List<FieldError> errors) {
        String detail = String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
        return new ComplaintException(400, "Invalid input", detail, errors);
    }

    public static ComplaintException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ComplaintException notFound(String number) {
        return new ComplaintException(404, "Unknown complaint", "No complaint has the number " + number, List.of());
    }

    public static ComplaintException unknown(String what, String detail) {
        return new ComplaintException(404, "Unknown " + what, detail, List.of());
    }

    public static ComplaintException notAllowed(String detail) {
        return new ComplaintException(403, "Not allowed", detail, List.of());
    }

    public static ComplaintException conflict(String detail) {
        return new ComplaintException(409, "Not possible now", detail, List.of());
    }

    /** No valid credential for a machine client (an integration's API key): the API answers 401. */
    public static ComplaintException unauthorized(String detail) {
        return new ComplaintException(401, "Unauthorized", detail, List.of());
    }

    /** Well-formed but cannot be honoured as sent, such as a replayed Idempotency-Key with another body. */
    public static ComplaintException unprocessable(String detail) {
        return new ComplaintException(422, "Unprocessable request", detail, List.of());
    }

    /**
     * Names the refusal for the screens, which say it in the reader's language (the words under {@code refusal.<name>},
     * with these arguments; an instant is shown in the desk's time). The API keeps the English detail. A refusal of one
     * field names that field's error.
     */
    public ComplaintException because(String name, Object... arguments) {
        this.refusal = name;
        this.refusalArguments = List.of(arguments);
        if (errors.size() == 1) {
            errors = List.of(errors.get(0).because(name, arguments));
        }
        return this;
    }

    /** The refusal's name for the screens' words, or null when it has none (the detail is shown as it is). */
    public String refusal() {
        return refusal;
    }

    public List<Object> refusalArguments() {
        return refusalArguments;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
