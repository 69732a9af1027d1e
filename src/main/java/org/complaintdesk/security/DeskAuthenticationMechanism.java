package org.complaintdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.complaintdesk.platform.ProblemResponse;

/**
 * One mechanism for two kinds of client (Jakarta Security 3 allows one per application).
 * <ul>
 * <li>People log in on the Faces login page (the login bean passes their credential here); the container keeps
 * them in their HTTP session, and later requests of that session are resumed here.</li>
 * <li>API clients send a credential with every call: HTTP Basic, or a personal access token as
 * {@code Authorization: Bearer cdp_...}. Such a call is answered as its credential says, whatever session cookie
 * it also carries, and leaves no session behind; a wrong credential is a 401 with a problem body.</li>
 * </ul>
 * A person who opens a protected page without a session is sent to the login page, and after logging in, back to
 * that page ({@link #AFTER_LOGIN}). Wrong credentials on either door are throttled ({@link LoginThrottle}): the page
 * says how long to wait ({@link #THROTTLED}), the API answers 429 with {@code Retry-After}.
 */
@ApplicationScoped
public class DeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Session attribute: the page to show after logging in. */
    public static final String AFTER_LOGIN = "desk.afterLogin";
    public static final String LOGIN_PAGE = "/login.xhtml";

    /** Request attribute: how long (a Duration) the login page's person must wait before trying again. */
    public static final String THROTTLED = "desk.loginThrottled";

    /** Session attribute: the groups of the person at login, given to the container again on each later request. */
    static final String LOGIN_GROUPS = "desk.loginGroups";

    /** Why a 401: one text for every cause, so that the answer does not help anyone guess users or tokens. */
    public static final String UNAUTHORIZED_DETAIL = "Log in with HTTP Basic (the user name and password of an enabled user)"
            + " or a personal access token (Authorization: Bearer); this one is missing, wrong, expired or revoked";

    static final String BASIC_CHALLENGE = "Basic realm=\"Complaint Desk\", charset=\"UTF-8\"";
    static final String BEARER_CHALLENGE = "Bearer realm=\"Complaint Desk\"";

    private static final Logger LOG = Logger.getLogger(DeskAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStoreHandler;

    @Inject
    PasswordRenewal passwordRenewal;

    @Inject
    LoginThrottle throttle;

    @Inject
    Event<UserLocked> locked;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeadersFilter.addTo(request, response);
        Credential pageLogin = context.getAuthParameters().getCredential();
        if (pageLogin != null) {
            return logInOnPage(pageLogin, request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (carriesCredential(authorization)) {
            Credential credential = credentialOf(authorization);
            String username = credential instanceof UsernamePasswordCredential password ? password.getCaller() : null;
            Optional<Duration> wait = throttle.waitFor(username, clientAddress(request), Instant.now());
            if (wait.isPresent()) {
                return tooManyAttempts(response, wait.get());
            }
            CredentialValidationResult result = credential == null
                    ? CredentialValidationResult.INVALID_RESULT : identityStoreHandler.validate(credential);
            if (!counted(result, username, request)) {
                return challenge(response);
            }
            if (credential instanceof PersonalTokenCredential token) {
                // read with the token: the request need not look the user up again (CurrentActor)
                token.owner().ifPresent(owner -> request.setAttribute(CurrentActor.AUTHENTICATED, owner));
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        AuthenticationStatus resumed = resumeSession(request, context);
        if (resumed != null) {
            return resumed;
        }
        if (isApi(request)) {
            return challenge(response);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean ajax = isFacesAjax(request);
        if (("GET".equals(request.getMethod()) || ajax) && isPage(path)) {
            String query = request.getQueryString();
            request.getSession().setAttribute(AFTER_LOGIN, path + (query == null ? "" : "?" + query));
        }
        if (ajax) {
            redirectAjax(response, request.getContextPath() + LOGIN_PAGE);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }

    /**
     * An Ajax request of a page whose session has ended (a button pressed after a long pause): Faces' script in the
     * page follows only a partial-response redirect; a 302 to the login page would be fetched and dropped, and the
     * button would seem dead. The person is sent to the login page and, after it, back to the page.
     */
    static void redirectAjax(HttpServletResponse response, String url) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<partial-response><redirect url=\"" + url + "\"></redirect></partial-response>");
        } catch (java.io.IOException clientGone) {
            // nothing more to tell a client that has gone
        }
    }

    static boolean isFacesAjax(HttpServletRequest request) {
        return "partial/ajax".equals(request.getHeader("Faces-Request"));
    }

    /** The login page: the person's session is registered with the container, and an old password hash renewed. */
    private AuthenticationStatus logInOnPage(Credential credential, HttpServletRequest request, HttpMessageContext context) {
        String name = credential instanceof UsernamePasswordCredential password ? password.getCaller() : null;
        Optional<Duration> wait = throttle.waitFor(name, clientAddress(request), Instant.now());
        if (wait.isPresent()) {
            request.setAttribute(THROTTLED, wait.get());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStoreHandler.validate(credential);
        if (!counted(result, name, request)) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        String username = result.getCallerPrincipal().getName();
        Set<String> groups = new HashSet<>(result.getCallerGroups());
        request.getSession().setAttribute(LOGIN_GROUPS, groups);
        context.setRegisterSession(username, groups);
        if (credential instanceof UsernamePasswordCredential password) {
            renewPasswordHash(username, password.getPasswordAsString());
        }
        return context.notifyContainerAboutLogin(username, groups);
    }

    /** Whether the credential was right; a wrong one is counted against the name and the address, a right one clears the name. */
    private boolean counted(CredentialValidationResult result, String username, HttpServletRequest request) {
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (username != null) {
                throttle.succeeded(username);
            }
            return true;
        }
        String address = clientAddress(request);
        throttle.failed(username, address, Instant.now()).ifPresent(lock -> {
            // the name comes from the client: no line breaks of its own in the log
            LOG.warning("The user name " + username.replaceAll("\\p{Cntrl}", "?") + " is locked for " + lock.toMinutes()
                    + " minute(s) after wrong passwords, the last from " + address);
            try {
                locked.fire(new UserLocked(username, address, lock));
            } catch (RuntimeException historyFailed) {
                // the lock stands; the refusal must not become an error page because the history could not be written
                LOG.log(Level.WARNING, "Could not record the lock of a user name in the admin history", historyFailed);
            }
        });
        return false;
    }

    /** The address a request comes from: the proxy's header named by desk.login.client-address-header, if set. */
    static String clientAddress(HttpServletRequest request) {
        String header = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("desk.login.client-address-header", String.class).orElse("");
        String forwarded = header.isBlank() ? null : request.getHeader(header.strip());
        if (forwarded == null || forwarded.isBlank()) {
            return request.getRemoteAddr();
        }
        // the last entry is the one the trusted proxy itself added
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
    }

    /** The API's 429 while a name or an address waits out its wrong credentials. */
    private static AuthenticationStatus tooManyAttempts(HttpServletResponse response, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader("Retry-After", String.valueOf(seconds));
        ProblemResponse.write(response, 429, "Too many wrong credentials",
                "Too many wrong credentials for this user name or from this address: try again in " + seconds + " s");
        return AuthenticationStatus.SEND_FAILURE;
    }

    private void renewPasswordHash(String username, String password) {
        try {
            if (passwordRenewal.renewIfWeaker(username, password)) {
                LOG.info("The password hash of " + username + " was renewed with " + PasswordHasher.ITERATIONS + " iterations");
            }
        } catch (RuntimeException e) {
            // the login stands; the next one tries again
            LOG.log(Level.WARNING, "Could not renew the password hash of " + username, e);
        }
    }

    /**
     * A later request of a person's page session, as Soteria's AutoApplySessionInterceptor does it, but with the
     * groups of the login given again by name. Handing the container back only its own principal object (as the
     * interceptor does) left Payara to find the groups through the security context of the thread, and with several
     * sessions of one person in use at once it sometimes found none: the request got the container's 403 page, with
     * nothing in the log (SecurityIT reproduces it: 1 request in 8 to 10 with 30 at once).
     */
    private static AuthenticationStatus resumeSession(HttpServletRequest request, HttpMessageContext context) {
        Principal loggedIn = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        Object groups = session == null ? null : session.getAttribute(LOGIN_GROUPS);
        if (loggedIn == null || !(groups instanceof Set<?> names)) {
            return null;
        }
        Set<String> loginGroups = new HashSet<>();
        names.forEach(name -> loginGroups.add(String.valueOf(name)));
        return context.notifyContainerAboutLogin(loggedIn.getName(), loginGroups);
    }

    private static AuthenticationStatus challenge(HttpServletResponse response) {
        writeUnauthorized(response);
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * The API's 401: the challenges for Basic and personal access tokens, and an application/problem+json body like
     * every other API error (the container's own 401 would be an HTML page).
     */
    static void writeUnauthorized(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", BASIC_CHALLENGE);
        response.addHeader("WWW-Authenticate", BEARER_CHALLENGE);
        ProblemResponse.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", UNAUTHORIZED_DETAIL);
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

    /** Whether an Authorization header brings one of the credentials the desk takes (Basic or Bearer). */
    static boolean carriesCredential(String authorization) {
        return authorization != null && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
                || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
    }

    /** The credential of a Basic or Bearer header; null when it is malformed. */
    static Credential credentialOf(String authorization) {
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return decodeBasic(authorization.substring(6));
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? null : new PersonalTokenCredential(token);
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
