package org.complaintdesk.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie is marked {@code Secure} when people reach the desk over TLS ({@code desk.public-url} /
 * DESK_PUBLIC_URL starts with https:). A TLS-terminating proxy talks plain HTTP to the desk, so the request alone
 * cannot tell; the public address can.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SecureCookies.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (overTls()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
            LOG.info("Session cookies are Secure: desk.public-url is an https address");
        }
    }

    /** Whether the desk's public address is https. */
    public static boolean overTls() {
        return ConfigProvider.getConfig().getOptionalValue("desk.public-url", String.class)
                .map(url -> url.strip().regionMatches(true, 0, "https:", 0, 6)).orElse(false);
    }
}
