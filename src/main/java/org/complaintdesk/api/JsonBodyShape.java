package org.complaintdesk.api;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import org.complaintdesk.complaint.ComplaintException;

/**
 * A body that is valid JSON of the wrong kind ({@code null}, a text, a number, {@code true}) where a resource takes a
 * JSON object: Jersey would call the method with it anyway and fail with a 500 outside the problem mapper. Here it is
 * a 400 naming the body, before the resource runs. So is a body nested deeper than the parser takes.
 */
@Provider
public class JsonBodyShape implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> wanted = context.getType();
        if (!JsonValue.class.isAssignableFrom(wanted)) {
            return context.proceed();
        }
        Object body;
        try {
            body = context.proceed();
        } catch (WebApplicationException | JsonException known) {
            throw known;
        } catch (RuntimeException unreadable) {
            // Parsson refuses nesting deeper than its maxDepth (jvm.options) with a bare RuntimeException
            throw ComplaintException.invalid("body", "malformed JSON: " + unreadable.getMessage());
        }
        if (!wanted.isInstance(body)) {
            throw ComplaintException.invalid("body", "a JSON object is required");
        }
        return body;
    }
}
