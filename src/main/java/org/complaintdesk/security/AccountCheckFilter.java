package org.complaintdesk.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;

/**
 * Ends a login session whose user was disabled, or whose role was changed, since logging in. The session keeps
 * the user and groups of the moment of login (see DeskAuthenticationMechanism): without this, a disabled user would
 * keep working until the session times out, and a changed role would only count after the next login. An API call
 * that brings its credential (Basic or Bearer) was checked against the user table in this very request, so it is
 * not looked up again.
 */
@WebFilter(urlPatterns = "/*")
public class AccountCheckFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserRepository users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        if (principal != null && !isStaticResource(request) && !checkedJustNow(request) && !stillValid(principal.getName(), request)) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            if (DeskAuthenticationMechanism.isApi(request)) {
                DeskAuthenticationMechanism.writeUnauthorized(response);
            } else if (DeskAuthenticationMechanism.isFacesAjax(request)) {
                DeskAuthenticationMechanism.redirectAjax(response, request.getContextPath() + DeskAuthenticationMechanism.LOGIN_PAGE);
            } else {
                response.sendRedirect(request.getContextPath() + DeskAuthenticationMechanism.LOGIN_PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The mechanism answers a call carrying a credential by that credential alone, validated on this request. */
    private static boolean checkedJustNow(HttpServletRequest request) {
        return DeskAuthenticationMechanism.carriesCredential(request.getHeader("Authorization"));
    }

    private boolean stillValid(String username, HttpServletRequest request) {
        DeskUser user = users.findByUsername(username).orElse(null);
        return user != null && user.isEnabled() && request.isUserInRole(user.getRole().name());
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }
}
