package org.complaintdesk.platform;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * An application/problem+json answer (RFC 9457) written by a servlet filter or the authentication mechanism, which
 * answer before the API's own error mapping can: the same body the API's problems have.
 */
public final class ProblemResponse {

    private ProblemResponse() {
    }

    /** Writes the problem; title and detail are the desk's own fixed texts (not escaped). */
    public static void write(HttpServletResponse response, int status, String title, String detail) {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}");
        } catch (IOException clientGone) {
            // nothing more to tell a client that has gone
        }
    }
}
