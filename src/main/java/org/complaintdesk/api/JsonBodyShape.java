package org.complaintdesk.api;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.complaintdesk.complaint.ComplaintException;

/**
 * What a JSON body must be before a resource sees it (RFC 8259): UTF-8 without a byte-order mark (another declared
 * charset is a 415, bytes that are not UTF-8 or a leading BOM a 400, instead of a body read as something else);
 * and where a resource takes a JSON object, an object: valid JSON of the wrong kind ({@code null}, a text, a number,
 * {@code true}) would reach the method and fail with a 500 outside the problem mapper. So is a body nested deeper
 * than the parser takes, and one over 1 MiB sent without its length ({@link BodySizeLimit} refuses one that says it);
 * a body that stops arriving is a 408, not a 500.
 */
@Provider
public class JsonBodyShape implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (isJson(context.getMediaType())) {
            requireUtf8(context);
        }
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

    private static boolean isJson(MediaType type) {
        return type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }

    private static void requireUtf8(ReaderInterceptorContext context) throws IOException {
        String charset = context.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.strip().equalsIgnoreCase("utf-8") && !charset.strip().equalsIgnoreCase("utf8")) {
            throw new NotSupportedException("charset " + charset);
        }
        byte[] bytes;
        try {
            bytes = context.getInputStream().readNBytes(BodySizeLimit.MAX_BYTES + 1);
        } catch (IOException cutShort) {
            // the client stopped sending, or the listener stopped waiting for it: the request's fault, not the desk's
            throw new WebApplicationException(cutShort, Response.Status.REQUEST_TIMEOUT);
        }
        if (bytes.length > BodySizeLimit.MAX_BYTES) {
            throw new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw ComplaintException.invalid("body", "malformed JSON: a byte-order mark is not allowed (RFC 8259)");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException notUtf8) {
            throw ComplaintException.invalid("body", "malformed JSON: the body is not UTF-8");
        }
        context.setInputStream(new ByteArrayInputStream(bytes));
    }
}
