package org.complaintdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.complaintdesk.security.DeskAuthenticationMechanism;
import org.junit.jupiter.api.Test;

class LoginBeanTest {

    /** A session that only stores attributes. */
    private static HttpSession session(Map<String, Object> attributes) {
        return (HttpSession) Proxy.newProxyInstance(HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "removeAttribute" -> attributes.remove((String) args[0]);
                    default -> null;
                });
    }

    @Test
    void returnsToTheSavedPageOnce() {
        Map<String, Object> attributes = new HashMap<>(Map.of(DeskAuthenticationMechanism.AFTER_LOGIN, "/lead/index.xhtml?x=1"));
        HttpSession session = session(attributes);
        assertThat(LoginBean.afterLogin(session)).isEqualTo("/lead/index.xhtml?x=1");
        assertThat(LoginBean.afterLogin(session)).isEqualTo("/");
    }

    @Test
    void neverRedirectsToAnotherSite() {
        assertThat(LoginBean.afterLogin(session(new HashMap<>(Map.of(DeskAuthenticationMechanism.AFTER_LOGIN, "//evil.example/x")))))
                .isEqualTo("/");
        assertThat(LoginBean.afterLogin(session(new HashMap<>(Map.of(DeskAuthenticationMechanism.AFTER_LOGIN, "https://evil.example/")))))
                .isEqualTo("/");
    }
}
