package org.complaintdesk.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.ComplaintException.FieldError;

/**
 * Reads a JSON object into one of the services' input records, naming each field that has the wrong type
 * or an unknown value (an unknown category says which field and which values are allowed). The records'
 * own Bean Validation rules are checked by the services.
 */
final class JsonInput {

    private JsonInput() {
    }

    static <R extends Record> R read(JsonStructure body, Class<R> type) {
        if (!(body instanceof JsonObject json)) {
            throw ComplaintException.invalid("body", "a JSON object is required");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            JsonValue value = json.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            try {
                values[i] = convert(value, components[i].getType());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(name, e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ComplaintException.invalid(errors);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(JsonValue value, Class<?> type) {
        if (type == String.class) {
            return text(value);
        }
        if (type == List.class) {
            // the input records' lists are lists of texts (team codes, say)
            if (!(value instanceof JsonArray array)) {
                throw new IllegalArgumentException("must be a list of texts");
            }
            List<String> texts = new ArrayList<>();
            for (JsonValue element : array) {
                if (!(element instanceof JsonString string)) {
                    throw new IllegalArgumentException("must be a list of texts");
                }
                texts.add(string.getString());
            }
            return List.copyOf(texts);
        }
        if (type == Boolean.class || type == boolean.class) {
            if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
                return value == JsonValue.TRUE;
            }
            throw new IllegalArgumentException("must be true or false");
        }
        if (type == Integer.class || type == Long.class) {
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                throw new IllegalArgumentException("must be a whole number");
            }
            // exact, never wrapped: 4294967300 is not the rating 4
            try {
                return type == Integer.class ? (Object) number.intValueExact() : (Object) number.longValueExact();
            } catch (ArithmeticException outOfRange) {
                throw new IllegalArgumentException("must be a whole number from " + (type == Integer.class ? Integer.MIN_VALUE : Long.MIN_VALUE)
                        + " to " + (type == Integer.class ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (type == Instant.class) {
            return instant(text(value));
        }
        if (type.isEnum()) {
            String text = text(value);
            try {
                return Enum.valueOf((Class<? extends Enum>) type, text);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("unknown value '" + text + "'; one of "
                        + Arrays.toString(type.getEnumConstants()));
            }
        }
        throw new IllegalStateException("no conversion to " + type);
    }

    /**
     * An ISO-8601 instant within the years the desk and PostgreSQL store (1900 to 9999): Instant itself reaches a
     * billion years, which the database refuses with an error.
     *
     * @throws IllegalArgumentException saying what is wrong
     */
    static Instant instant(String text) {
        Instant instant;
        try {
            instant = Instant.parse(text.strip());
        } catch (DateTimeParseException notAnInstant) {
            throw new IllegalArgumentException("must be an ISO-8601 instant such as 2027-01-31T00:00:00Z");
        }
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw new IllegalArgumentException("must lie in the years 1900 to 9999");
        }
        return instant;
    }

    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    private static String text(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new IllegalArgumentException("must be a text");
    }
}
