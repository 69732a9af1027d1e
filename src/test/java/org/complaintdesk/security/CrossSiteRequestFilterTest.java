package org.complaintdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which API calls a browser marks as coming from a page of another site. */
class CrossSiteRequestFilterTest {

    /** A request that only has these headers. */
    private static HttpServletRequest request(Map<String, String> headers) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(), new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> method.getName().equals("getHeader") ? headers.get((String) args[0]) : null);
    }

    @Test
    void aCallFromTheDesksOwnPagesOrFromAProgramPasses() {
        assertThat(CrossSiteRequestFilter.fromAnotherSite(request(Map.of("Host", "localhost:8080")), "")).isFalse();
        assertThat(CrossSiteRequestFilter.fromAnotherSite(request(Map.of("Host", "localhost:8080", "Origin", "http://localhost:8080")), "")).isFalse();
        assertThat(CrossSiteRequestFilter.fromAnotherSite(request(Map.of("Host", "DESK.example", "Origin", "https://desk.example",
                "Sec-Fetch-Site", "same-origin")), "")).isFalse();
        // behind a proxy that passes its own address as Host: the public address counts
        assertThat(CrossSiteRequestFilter.fromAnotherSite(request(Map.of("Host", "10.0.0.5:8080", "Origin", "https://desk.example")),
                "https://desk.example/")).isFalse();
        assertThat(CrossSiteRequestFilter.fromAnotherSite(request(Map.of("Host", "10.0.0.5:8080", "X-Forwarded-Host", "desk.example:8443",
                "Origin", "https://desk.example:8443")), "")).isFalse();
    }

    @Test
    void aCallFromAPageOfAnotherSiteIsCaught() {
        assertThat(CrossSiteRequestFilter.fromAnotherSite(request(Map.of("Host", "localhost:8080", "Origin", "http://evil.example")), "")).isTrue();
        assertThat(CrossSiteRequestFilter.fromAnotherSite(request(Map.of("Host", "localhost:8080", "Origin", "http://localhost:9090")), "")).isTrue();
        assertThat(CrossSiteRequestFilter.fromAnotherSite(request(Map.of("Host", "localhost:8080", "Origin", "null")), "")).isTrue();
        assertThat(CrossSiteRequestFilter.fromAnotherSite(request(Map.of("Host", "localhost:8080", "Sec-Fetch-Site", "cross-site")), "")).isTrue();
    }
}
