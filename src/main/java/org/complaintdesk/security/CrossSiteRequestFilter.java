package org.complaintdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.complaintdesk.platform.ProblemResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * No change through the API from a page of another site (OWASP ASVS V4.2.2, V50.3). The API accepts the screens'
 * session cookie, so a page elsewhere could otherwise make a logged-in lead's browser claim an escalation with a
 * bodiless POST. A state-changing call that a browser marks as coming from another origin ({@code Origin}, or
 * {@code Sec-Fetch-Site: cross-site}) is refused with 403 before anything runs. Calls without these headers come from
 * programs, not from a page in a browser, and are left to their credentials.
 */
@WebFilter(urlPatterns = "/api/*")
public class CrossSiteRequestFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!SAFE_METHODS.contains(request.getMethod()) && fromAnotherSite(request, publicUrl())) {
            ProblemResponse.write(response, HttpServletResponse.SC_FORBIDDEN, "Cross-site request",
                    "A page of another site cannot change anything through this API");
            return;
        }
        chain.doFilter(request, response);
    }

    /** @param publicUrl the desk's address as people reach it (desk.public-url): behind a proxy, the Host may differ */
    static boolean fromAnotherSite(HttpServletRequest request, String publicUrl) {
        if ("cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = hostOf(origin);
        return host == null || !(host.equalsIgnoreCase(request.getHeader("Host")) || host.equalsIgnoreCase(request.getHeader("X-Forwarded-Host"))
                || host.equalsIgnoreCase(hostOf(publicUrl)));
    }

    /** The host and port of an origin or address ({@code desk.example:8443}); null for "null" or a malformed one. */
    static String hostOf(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return null;
            }
            return uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String publicUrl() {
        return ConfigProvider.getConfig().getOptionalValue("desk.public-url", String.class).orElse("");
    }
}
