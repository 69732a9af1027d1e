package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.elements;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.newComplaint;
import static org.complaintdesk.it.support.ComplaintApi.text;
import static org.complaintdesk.it.support.ComplaintApi.write;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.complaintdesk.it.support.CallBurst;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Personal access tokens on the real desk: created once, used as Bearer, listed, revoked, expired; no session. */
class AccessTokenIT {

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();

    private static String unique() {
        return Long.toString(System.nanoTime() % 100_000_000) + ThreadLocalRandom.current().nextInt(10);
    }

    /** Creates a token with the password; answers the created token's JSON (with its secret). */
    private JsonNode create(String username, String name, Instant expiresAt) {
        String body = expiresAt == null ? "{\"name\": \"" + name + "\"}"
                : "{\"name\": \"" + name + "\", \"expiresAt\": \"" + expiresAt + "\"}";
        HttpResponse<String> created = new DeskClient(desk).basic(username, "demo").postJson("/api/me/tokens", body);
        assertStatus(created, 201);
        return json(created);
    }

    private static String secret(JsonNode created) {
        return text(created, "secret");
    }

    private static String prefix(JsonNode created) {
        return text(created.get("token"), "tokenPrefix");
    }

    private long sessionsCreated() {
        return json(new DeskClient(desk).basic("admin", "demo").get("/api/test-fixtures/sessions")).get("created").asLong();
    }

    @Test
    void aPersonCreatesUsesListsAndRevokesATokenThatIsShownOnce() {
        String name = "cli-" + unique();
        JsonNode created = create("agent1", name, null);
        String token = secret(created);
        assertThat(token).matches("cdp_[a-z2-9]{8}_[A-Za-z0-9_-]{43}");
        assertThat(prefix(created)).isEqualTo(token.substring(0, 12));
        assertThat(text(created.get("token"), "owner")).isEqualTo("agent1");

        HttpResponse<String> me = new DeskClient(desk).bearer(token).get("/api/me");
        assertStatus(me, 200);
        assertThat(text(json(me), "username")).isEqualTo("agent1");
        HttpResponse<String> intake = new DeskClient(desk).bearer(token).postJson("/api/complaints", write(newComplaint("BILLING", "SIMPLE")));
        assertStatus(intake, 201);
        assertThat(text(json(intake), "loggingAgent")).isEqualTo("agent1");

        HttpResponse<String> list = new DeskClient(desk).bearer(token).get("/api/me/tokens");
        assertStatus(list, 200);
        assertThat(list.body()).doesNotContain(token);
        JsonNode listed = elements(json(list)).stream().filter(t -> name.equals(text(t, "name"))).findFirst().orElseThrow();
        assertThat(text(listed, "tokenPrefix")).isEqualTo(prefix(created));
        assertThat(text(listed, "lastUsedAt")).as("last use recorded").isNotNull();
        assertThat(TestDatabase.count(db, "select count(*) from access_token where token_hash like ?", "%" + token + "%"))
                .as("only the hash is stored").isZero();

        assertStatus(new DeskClient(desk).bearer(token).postJson("/api/me/tokens/" + prefix(created) + "/revoke", ""), 200);
        HttpResponse<String> refused = new DeskClient(desk).bearer(token).get("/api/me");
        assertUnauthorized(refused);
        assertProblem(new DeskClient(desk).basic("agent1", "demo").postJson("/api/me/tokens/" + prefix(created) + "/revoke", ""), 409, null);

        assertThat(TestDatabase.count(db, "select count(*) from admin_history where subject = ? and action in ('ACCESS_TOKEN_CREATED', 'ACCESS_TOKEN_REVOKED')",
                "access-token:agent1/" + prefix(created).substring(4))).isEqualTo(2);
        assertThat(TestDatabase.count(db, "select count(*) from admin_history where changes like ?", "%" + token + "%"))
                .as("no secret in the history").isZero();
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.headers().allValues("WWW-Authenticate")).anySatisfy(h -> assertThat(h).startsWith("Bearer"));
        assertThat(response.body()).contains("\"status\":401", "personal access token");
    }

    @Test
    void anExpiredTokenOrAnUnknownOneIsRefused() {
        JsonNode created = create("lead1", "short-" + unique(), Instant.now().plusSeconds(3));
        String token = secret(created);
        assertStatus(new DeskClient(desk).bearer(token).get("/api/me"), 200);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertUnauthorized(new DeskClient(desk).bearer(token).get("/api/me")));

        assertUnauthorized(new DeskClient(desk).bearer(token.substring(0, token.length() - 2) + "xx").get("/api/me"));
        assertUnauthorized(new DeskClient(desk).bearer("cdp_nosuch12_" + "a".repeat(43)).get("/api/me"));
        assertUnauthorized(new DeskClient(desk).bearer("not-a-token").get("/api/me"));
        assertUnauthorized(new DeskClient(desk).bearer("").get("/api/me"));
    }

    @Test
    void badInputIsRefusedWithAProblemAndATokenCannotMakeTokens() {
        DeskClient agent = new DeskClient(desk).basic("agent1", "demo");
        assertProblem(agent.postJson("/api/me/tokens", "{\"name\": \"x\"}"), 400, "name");
        assertProblem(agent.postJson("/api/me/tokens", "{\"name\": \"past-" + unique() + "\", \"expiresAt\": \"2020-01-01T00:00:00Z\"}"), 400, "expiresAt");
        assertProblem(agent.postJson("/api/me/tokens", "{\"name\": \"bad-" + unique() + "\", \"expiresAt\": \"tomorrow\"}"), 400, "expiresAt");
        assertProblem(agent.postJson("/api/me/tokens", "[1]"), 400, "body");
        String name = "twice-" + unique();
        create("agent1", name, null);
        assertProblem(agent.postJson("/api/me/tokens", "{\"name\": \"" + name + "\"}"), 400, "name");

        String token = secret(create("agent1", "maker-" + unique(), null));
        assertProblem(new DeskClient(desk).bearer(token).postJson("/api/me/tokens", "{\"name\": \"child-" + unique() + "\"}"), 403, null);
    }

    @Test
    void aTokenOfADisabledPersonIsRefusedAndWorksAgainOnceEnabled() {
        String username = "tok" + unique();
        TestDatabase.execute(db, "insert into desk_user (id, username, employee_number, display_name, password_hash, role, team_id,"
                + " enabled, created_at, version) select nextval('desk_user_seq'), ?, ?, 'Token Tester', password_hash, 'AGENT',"
                + " team_id, true, now(), 0 from desk_user where username = 'agent1'", username, "T" + unique());
        String token = secret(create(username, "laptop", null));
        assertStatus(new DeskClient(desk).bearer(token).get("/api/me"), 200);

        TestDatabase.execute(db, "update desk_user set enabled = false where username = ?", username);
        assertUnauthorized(new DeskClient(desk).bearer(token).get("/api/me"));
        TestDatabase.execute(db, "update desk_user set enabled = true where username = ?", username);
        assertStatus(new DeskClient(desk).bearer(token).get("/api/me"), 200);
    }

    @Test
    void nobodyRevokesSomeoneElsesTokenButAnAdministratorSeesAndRevokesAll() {
        JsonNode created = create("agent2", "agent2-cli-" + unique(), null);
        String token = secret(created);
        String prefix = prefix(created);

        assertProblem(new DeskClient(desk).basic("agent1", "demo").postJson("/api/me/tokens/" + prefix + "/revoke", ""), 404, null);
        assertProblem(new DeskClient(desk).basic("agent1", "demo").get("/api/admin/access-tokens"), 403, null);
        assertProblem(new DeskClient(desk).basic("agent1", "demo").postJson("/api/admin/access-tokens/" + prefix + "/revoke", ""), 403, null);
        assertThat(new DeskClient(desk).basic("agent1", "demo").get("/api/me/tokens").body()).doesNotContain(prefix);
        assertStatus(new DeskClient(desk).bearer(token).get("/api/me"), 200);

        HttpResponse<String> all = new DeskClient(desk).basic("admin", "demo").get("/api/admin/access-tokens");
        assertStatus(all, 200);
        assertThat(elements(json(all))).anySatisfy(t -> {
            assertThat(text(t, "tokenPrefix")).isEqualTo(prefix);
            assertThat(text(t, "owner")).isEqualTo("agent2");
        });
        assertThat(all.body()).doesNotContain(token);
        HttpResponse<String> revoked = new DeskClient(desk).basic("admin", "demo").postJson("/api/admin/access-tokens/" + prefix + "/revoke", "");
        assertStatus(revoked, 200);
        assertThat(text(json(revoked), "revokedBy")).isEqualTo("admin");
        assertUnauthorized(new DeskClient(desk).bearer(token).get("/api/me"));
        assertProblem(new DeskClient(desk).basic("admin", "demo").postJson("/api/admin/access-tokens/cdp_nosuch12/revoke", ""), 404, null);
        assertThat(TestDatabase.count(db, "select count(*) from admin_history where subject = ? and action = 'ACCESS_TOKEN_REVOKED' and actor = 'admin'",
                "access-token:agent2/" + prefix.substring(4))).isEqualTo(1);
    }

    @Test
    void aBusyTokenClientWithCookiesAndKeepAliveGetsOnlyRightAnswersAndNoSession() {
        String token = secret(create("agent1", "busy-" + unique(), null));
        long sessionsBefore = sessionsCreated();
        CallBurst.Outcome burst = CallBurst.oneClient().run(30, 3000, CallBurst.get(desk, "/api/me", "Authorization", "Bearer " + token));
        System.out.printf("Bearer GET /api/me: %d calls from 30 threads in %d ms (%.2f ms per call)%n",
                burst.calls(), burst.millis(), (double) burst.millis() / burst.calls());
        assertThat(burst.statuses()).containsOnlyKeys(200);
        assertThat(burst.notOk()).isEmpty();
        assertThat(burst.setCookies()).isEmpty();
        assertThat(sessionsCreated()).as("sessions created meanwhile").isEqualTo(sessionsBefore);
    }

    /** One client's calls one after another: what a call costs with each credential (printed for BENCHMARKS.md). */
    @Test
    void tokensMadeAtTheSameMomentAreEachMadeAndEachOnTheAdminHistory() throws Exception {
        String name = "burst-" + unique();
        List<String> people = List.of("agent1", "agent2", "lead1", "lead2", "supervisor1", "auditor1", "admin", "agent1");
        ExecutorService threads = Executors.newFixedThreadPool(people.size());
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < people.size(); i++) {
                String person = people.get(i);
                String body = "{\"name\": \"" + name + "-" + i + "\"}";
                answers.add(threads.submit(() -> new DeskClient(desk).basic(person, "demo").postJson("/api/me/tokens", body)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertStatus(answer.get(), 201);
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(TestDatabase.count(db, "select count(distinct seq_no) from admin_history where changes like ?", "%" + name + "-%"))
                .as("admin history lines, one each").isEqualTo(people.size());
    }

    @Test
    void aSessionCookieOfAnotherPersonDoesNotOutweighTheToken() {
        String token = secret(create("lead1", "lead-cli-" + unique(), null));
        DeskClient agentBrowser = new DeskClient(desk);
        assertStatus(agentBrowser.login("agent1", "demo"), 302);
        HttpResponse<String> me = agentBrowser.bearer(token).get("/api/me");
        assertStatus(me, 200);
        assertThat(text(json(me), "username")).isEqualTo("lead1");
        assertThat(me.headers().allValues("Set-Cookie")).isEmpty();
        assertUnauthorized(agentBrowser.bearer(token + "x").get("/api/me"));
    }
}
