package org.complaintdesk.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.InputValidation;

/**
 * Refuses an API call whose query or path parameters hold a control character (a decoded %00, an escape sequence),
 * with a 400 naming the parameter, before any resource sees it: PostgreSQL cannot store or compare a NUL, and no
 * filter value or number needs one. The bodies' texts are checked by {@link InputValidation}.
 */
@Provider
public class QueryTextFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        refuseControlCharacters(request.getUriInfo().getQueryParameters());
        refuseControlCharacters(request.getUriInfo().getPathParameters());
    }

    private static void refuseControlCharacters(Map<String, List<String>> parameters) {
        parameters.forEach((name, values) -> {
            if (InputValidation.hasControlCharacters(name)) {
                throw ComplaintException.invalid("query", "must not contain control characters");
            }
            if (values.stream().anyMatch(InputValidation::hasControlCharacters)) {
                throw ComplaintException.invalid(name, "must not contain control characters");
            }
        });
    }
}
