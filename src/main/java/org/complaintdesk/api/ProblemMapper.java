package org.complaintdesk.api;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.ComplaintException.FieldError;
import org.complaintdesk.platform.Conflicts;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.flowable.common.engine.api.FlowableObjectNotFoundException;

/**
 * Every error of the API as application/problem+json (RFC 9457): the status and a reason a person can act
 * on, each bad field named; never a stack trace. Unexpected errors are logged with their trace here instead.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    /** Found once: Json.create... looks the provider up on every call, and refusals under overload come by thousands. */
    private static final JsonProvider JSON = JsonProvider.provider();

    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ComplaintException refused) {
                return problem(refused.status(), refused.title(), refused.getMessage(), refused.errors()).build();
            }
            if (cause instanceof BulkheadException) {
                return problem(503, "Busy", "The desk is logging as many complaints as it can at once; nothing was stored. Send it again in a second",
                        List.of()).header("Retry-After", "1").build();
            }
            if (Conflicts.isLostRace(cause)) {
                return problem(409, "Changed meanwhile", "Someone else changed this complaint at the same time; reload and try again", List.of())
                        .build();
            }
            if (cause instanceof FlowableObjectNotFoundException) {
                return problem(409, "Not possible now", "That step is no longer open", List.of()).build();
            }
            if (cause instanceof JsonException || cause instanceof JsonbException) {
                return problem(400, "Malformed JSON", "The body is not a valid JSON object", List.of(new FieldError("body", "malformed JSON")))
                        .build();
            }
            if (cause instanceof WebApplicationException web) {
                Response.StatusType status = web.getResponse().getStatusInfo();
                return problem(status.getStatusCode(), status.getReasonPhrase(), detail(status.getStatusCode()), List.of()).build();
            }
        }
        LOG.log(Level.SEVERE, "Unexpected error in the API", error);
        return problem(500, "Something went wrong", "Nothing was changed; please try again or tell the administrator the time", List.of())
                .build();
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request body is missing or not a JSON object";
            case 403 -> "Your role may not do this";
            case 404 -> "There is nothing at this address";
            case 405 -> "This address does not take that method";
            case 408 -> "The body did not arrive in full; nothing was stored";
            case 413 -> BodySizeLimit.DETAIL;
            case 415 -> "Send the body as application/json, in UTF-8";
            default -> "The request could not be handled";
        };
    }

    static Response.ResponseBuilder problem(int status, String title, String detail, List<FieldError> errors) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "about:blank").add("title", title).add("status", status).add("detail", detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        // 422 is missing from Jakarta REST's status list: without a phrase the status line would read "CUSTOM"
        Response.ResponseBuilder response = status == 422 ? Response.status(422, "Unprocessable Content") : Response.status(status);
        return response.type(PROBLEM_JSON).entity(body.build().toString());
    }
}
