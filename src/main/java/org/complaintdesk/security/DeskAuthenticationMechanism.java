package org.complaintdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for two kinds of client (Jakarta Security 3 allows one per application):
 * people log in on the Faces login page (the login bean passes their credential here), and the
 * JSON API under /api takes HTTP Basic and answers 401 instead of redirecting to the login page.
 * A person who opens a protected page without a session is sent to the login page, and after
 * logging in, back to that page ({@link #AFTER_LOGIN}).
 */
@ApplicationScoped
@AutoApplySession
public class DeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the page to show after logging in. */
    public static final String AFTER_LOGIN = "desk.afterLogin";
    public static final String LOGIN_PAGE = "/login.xhtml";

    static final String REALM = "Basic realm=\"Complaint Desk\", charset=\"UTF-8\"";

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return context.notifyContainerAboutLogin(identityStoreHandler.validate(credential));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic = decodeBasic(authorization.substring(6));
            AuthenticationStatus status = basic == null
                    ? AuthenticationStatus.SEND_FAILURE
                    : context.notifyContainerAboutLogin(identityStoreHandler.validate(basic));
            return status == AuthenticationStatus.SUCCESS ? status : challenge(response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(response, context);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ("GET".equals(request.getMethod()) && isPage(path)) {
            String query = request.getQueryString();
            request.getSession().setAttribute(AFTER_LOGIN, path + (query == null ? "" : "?" + query));
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        writeUnauthorized(response);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The API's 401: the Basic challenge and an application/problem+json body like every other API error (the
     * container's own 401 would be an HTML page).
     */
    static void writeUnauthorized(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", REALM);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"Log in with HTTP Basic: a valid user name and password of an enabled user\"}");
        } catch (java.io.IOException clientGone) {
            // nothing more to tell a client that has gone
        }
    }

    /**
     * Whether a path is a page worth returning to after the login: a Faces view or a folder (its welcome page).
     * The browser's own requests (its icon, scripts, styles, Faces resources) are not, though they meet the login too.
     */
    static boolean isPage(String path) {
        return !path.startsWith("/jakarta.faces.resource/") && (path.endsWith(".xhtml") || path.endsWith("/"));
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    static UsernamePasswordCredential decodeBasic(String encoded) {
        try {
            String pair = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 1 ? null : new UsernamePasswordCredential(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
