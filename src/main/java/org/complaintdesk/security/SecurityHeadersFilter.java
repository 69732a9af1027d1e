package org.complaintdesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The web's security defaults on every answer (OWASP ASVS V14.4): no content sniffing, no framing by another site,
 * no full address in the Referer sent elsewhere, and no copy of a page or an API answer with personal data in a
 * browser's or proxy's cache ({@code no-store}); stylesheets, scripts and images stay cacheable.
 * <p>
 * The Content-Security-Policy keeps plugins, foreign forms, a foreign base address and framing out. Scripts are
 * restricted on the pages by a second policy that PrimeFaces adds with each page's nonce ({@code primefaces.CSP} in
 * web.xml): {@code script-src 'self' 'nonce-...'}, so no inline script or handler without the nonce runs.
 */
@WebFilter(urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        addTo(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers. Also called by the authentication mechanism, which answers a wrong credential (401, 429) or
     * sends to the login page before any filter runs.
     */
    static void addTo(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/") || path.equals("/favicon.ico");
    }
}
