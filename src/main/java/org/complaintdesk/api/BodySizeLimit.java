package org.complaintdesk.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.complaintdesk.platform.ProblemResponse;

/**
 * An API body larger than any the API takes is refused with 413 before a byte of it is read. The largest field is a
 * calendar's 20,000 characters; 1 MiB leaves room for any escaping. Reading megabytes only to refuse them costs the
 * desk memory and a request thread, and a large body sent with an {@code Upgrade: h2c} header (Java's HttpClient does
 * so by default) stalls in the listener until its read timeout. A body sent in chunks, without its length, is
 * stopped after 1 MiB where it is read ({@link JsonBodyShape}).
 */
@WebFilter(urlPatterns = "/api/*")
public class BodySizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final int MAX_BYTES = 1024 * 1024;
    static final String DETAIL = "The body is larger than the API takes (1 MiB); nothing was stored";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getContentLengthLong() > MAX_BYTES) {
            response.setHeader("Connection", "close");
            ProblemResponse.write(response, 413, Response.Status.REQUEST_ENTITY_TOO_LARGE.getReasonPhrase(), DETAIL);
            return;
        }
        chain.doFilter(request, response);
    }
}
