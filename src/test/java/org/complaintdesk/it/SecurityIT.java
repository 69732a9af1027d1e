package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Form login, roles, sessions and error pages on the real desk. */
class SecurityIT {

    private final DeskServer desk = SharedDesk.server();

    @ParameterizedTest(name = "{0} logs in as {1}")
    @CsvSource({
        "agent1, AGENT, E1001, /agent/index.xhtml",
        "lead1, TEAM_LEAD, E2001, /lead/index.xhtml",
        "supervisor1, SUPERVISOR, E3001, /supervisor/index.xhtml",
        "auditor1, AUDITOR, E4001, /audit/index.xhtml",
        "admin, ADMIN, E9001, /admin/index.xhtml"})
    void eachRoleLogsInAndReachesItsOwnArea(String username, String role, String employeeNumber, String area) {
        DeskClient browser = new DeskClient(desk);
        HttpResponse<String> login = browser.login(username, "demo");
        assertThat(login.statusCode()).isEqualTo(302);

        HttpResponse<String> home = browser.get("/index.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Welcome, " + employeeNumber, "data-role=\"" + role + "\"");
        assertThat(browser.get(area).statusCode()).isEqualTo(200);
    }

    @Test
    void aWrongPasswordOrUnknownUserGetsTheSameMessageAndNoSession() {
        for (String[] attempt : new String[][] {{"agent1", "wrong"}, {"nobody", "demo"}}) {
            DeskClient browser = new DeskClient(desk);
            HttpResponse<String> login = browser.login(attempt[0], attempt[1]);
            assertThat(login.body()).contains("User name or password is wrong.");
            assertThat(browser.get("/index.xhtml").statusCode()).as("still logged out").isEqualTo(302);
        }
    }

    @Test
    void aPageOfAnotherRoleAnswers403WithAFriendlyPage() {
        DeskClient agent = new DeskClient(desk);
        agent.login("agent1", "demo");
        for (String page : new String[] {"/admin/index.xhtml", "/lead/index.xhtml", "/supervisor/index.xhtml", "/audit/index.xhtml"}) {
            HttpResponse<String> response = agent.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(403);
            assertThat(response.body()).contains("This page is for another role").doesNotContain("Exception");
        }
    }

    @Test
    void everyPageButLoginAndResourcesNeedsALogin() {
        DeskClient anonymous = new DeskClient(desk);
        HttpResponse<String> home = anonymous.get("/index.xhtml");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login.xhtml"));
        assertThat(anonymous.get("/login.xhtml").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/resources/css/desk.css").statusCode()).isEqualTo(200);
    }

    @Test
    void afterLoginThePersonReturnsToThePageAskedFor() {
        DeskClient browser = new DeskClient(desk);
        browser.get("/lead/index.xhtml");
        HttpResponse<String> login = browser.login("lead1", "demo");
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/lead/index.xhtml"));
    }

    @Test
    void theSessionIdChangesAtLoginAndTheCookieIsHttpOnlyAndSameSite() {
        DeskClient browser = new DeskClient(desk);
        HttpResponse<String> page = browser.get("/login.xhtml");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).contains("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        String before = browser.sessionId().orElseThrow();
        browser.login("agent1", "demo");
        assertThat(browser.sessionId()).isPresent().isNotEqualTo(java.util.Optional.of(before));
    }

    @Test
    void logoutEndsTheSession() {
        DeskClient browser = new DeskClient(desk);
        browser.login("agent1", "demo");
        HttpResponse<String> home = browser.get("/index.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        HttpResponse<String> logout = browser.postForm("/index.xhtml", java.util.Map.of(
                "logoutForm", "logoutForm", "logoutForm:logout", "Log out",
                "jakarta.faces.ViewState", DeskClient.viewState(home.body())));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(browser.get("/index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void anUnknownAddressGetsTheNotFoundPage() {
        DeskClient agent = new DeskClient(desk);
        agent.login("agent1", "demo");
        HttpResponse<String> response = agent.get("/no-such-page.xhtml");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("This page does not exist").doesNotContain("Exception");
    }

    @Test
    void theApiTakesBasicAndAnswers401WithoutRedirecting() {
        HttpResponse<String> me = new DeskClient(desk).basic("lead1", "demo").get("/api/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"employeeNumber\":\"E2001\"", "\"role\":\"TEAM_LEAD\"", "\"team\":\"NORTH\"");

        HttpResponse<String> wrong = new DeskClient(desk).basic("lead1", "wrong").get("/api/me");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
        assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(wrong.body()).contains("\"status\":401");
        assertThat(new DeskClient(desk).get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void anApiCallOfAnotherRoleAnswers403() {
        HttpResponse<String> response = new DeskClient(desk).basic("agent1", "demo").postJson("/api/test-fixtures/transaction/TX_FORBIDDEN", "");
        assertThat(response.statusCode()).isEqualTo(403);
    }
}
