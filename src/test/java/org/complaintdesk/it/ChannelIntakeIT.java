package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.newComplaint;
import static org.complaintdesk.it.support.ComplaintApi.object;
import static org.complaintdesk.it.support.ComplaintApi.text;
import static org.complaintdesk.it.support.ComplaintApi.write;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.DueTimers;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Channel intake on the real desk: integrations log complaints with their own API key, created and revoked
 * by an administrator; an Idempotency-Key makes retries safe. A bad key stores nothing.
 */
class ChannelIntakeIT {

    static final String INTAKE = "/api/channel/complaints";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();
    private final ComplaintApi api = new ComplaintApi(desk);

    /** Creates an integration as the demo administrator and returns its key (shown this once). */
    static String createKey(ComplaintApi api, String name, String channel, String team) {
        ObjectNode body = object().put("name", name).put("channel", channel);
        if (team != null) {
            body.put("team", team);
        }
        HttpResponse<String> created = api.post("admin", "/api/admin/api-keys", body);
        assertStatus(created, 201);
        String key = text(json(created), "apiKey");
        assertThat(key).startsWith("cdk_");
        return key;
    }

    static HttpResponse<String> send(DeskServer desk, String path, String apiKey, String idempotencyKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(desk.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (apiKey != null) {
            request.header("X-Api-Key", apiKey);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode chatComplaint(String surname) {
        return newComplaint("BILLING", "SIMPLE").put("channel", "ONLINE_CHAT").put("customerSurname", surname);
    }

    private long complaintsOf(String surname) {
        return TestDatabase.count(db, "select count(*) from complaint where customer_surname = ?", surname);
    }

    @Test
    void anIntegrationLogsAComplaintThatGoesToAnAgentOfItsTeam() {
        String name = "chat-" + System.nanoTime();
        String key = createKey(api, name, "ONLINE_CHAT", "SOUTH");

        HttpResponse<String> logged = send(desk, INTAKE, key, null, write(chatComplaint("Zhao")));

        assertStatus(logged, 201);
        JsonNode complaint = json(logged);
        assertThat(text(complaint, "team")).isEqualTo("SOUTH");
        assertThat(TestDatabase.count(db, "select count(*) from desk_user u join desk_team t on u.team_id = t.id"
                + " where u.username = ? and u.role = 'AGENT' and t.code = 'SOUTH'", text(complaint, "loggingAgent"))).isEqualTo(1);
        assertThat(text(complaint, "channel")).isEqualTo("ONLINE_CHAT");
        assertThat(logged.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/complaints/" + text(complaint, "number")));
        assertThat(api.taskKeys(text(complaint, "number"))).containsExactly("task_apologiseAndRecord");
        assertThat(api.history(text(complaint, "number")).get(0).path("actor").asString()).isEqualTo("integration:" + name);
        // nobody took a call: the agent learns of it from an alert
        assertThat(api.alerts(text(complaint, "loggingAgent"), text(complaint, "number"), "ASSIGNED")).hasSize(1);

        JsonNode listed = json(api.get("admin", "/api/admin/api-keys"));
        assertThat(listed.toString()).contains(name).doesNotContain(key.substring(13));
    }

    @Test
    void aComplaintNobodyTakesUpIsWarnedAndEscalatedByTheJobExecutor() {
        String key = createKey(api, "web-form-" + System.nanoTime(), "ONLINE_CHAT", "NORTH");
        HttpResponse<String> logged = send(desk, INTAKE, key, null, write(chatComplaint("Sun")));
        assertStatus(logged, 201);
        String number = text(json(logged), "number");

        // the agent never opens the complaint: its warning falls due, then its deadline, and the desk's job executor fires them
        DueTimers.replyWarningNow(db, number);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(alerts(number, "REPLY_WARNING")).isEqualTo(1));
        assertThat(text(api.complaint(number), "status")).isNotEqualTo("ESCALATED");
        DueTimers.replyDeadlineNow(db, number);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(text(api.complaint(number), "status")).isEqualTo("ESCALATED"));
        assertThat(alerts(number, "REPLY_WARNING")).isEqualTo(1);
        assertThat(alerts(number, "REPLY_OVERDUE")).isEqualTo(1);
        assertThat(api.taskKeys(number)).containsExactly("task_teamLeadHandle");
    }

    private long alerts(String number, String kind) {
        return TestDatabase.count(db, "select count(*) from alert where complaint_number = ? and kind = ?", number, kind);
    }

    @Test
    void aMissingWrongOrRevokedKeyGets401AndStoresNothing() {
        String name = "form-" + System.nanoTime();
        String key = createKey(api, name, "EMAIL", null);
        String surname = "Nokey" + System.nanoTime() % 100000;
        String body = write(newComplaint("BILLING", "SIMPLE").put("channel", "EMAIL").put("customerSurname", surname));

        assertProblem(send(desk, INTAKE, null, null, body), 401, null);
        assertProblem(send(desk, INTAKE, key.substring(0, key.length() - 2) + "xx", null, body), 401, null);
        assertProblem(send(desk, INTAKE, "not-a-key", null, body), 401, null);
        assertProblem(send(desk, INTAKE, null, null, "{not json"), 401, null);
        assertThat(complaintsOf(surname)).isZero();

        assertStatus(api.post("admin", "/api/admin/api-keys/" + name + "/revoke", object()), 200);
        assertProblem(send(desk, INTAKE, key, null, body), 401, null);
        assertProblem(api.post("admin", "/api/admin/api-keys/" + name + "/revoke", object()), 409, null);
        assertThat(complaintsOf(surname)).isZero();
    }

    @Test
    void onlyAdministratorsManageKeysAndBadKeyRequestsAreRefused() {
        assertProblem(api.post("agent1", "/api/admin/api-keys", object().put("name", "sneaky").put("channel", "SMS")), 403, null);
        assertProblem(api.get("auditor1", "/api/admin/api-keys"), 403, null);
        assertProblem(api.post("admin", "/api/admin/api-keys", object().put("name", "x").put("channel", "SMS")), 400, "name");
        assertProblem(api.post("admin", "/api/admin/api-keys", object().put("name", "fax-line").put("channel", "FAX")), 400, "channel");
        assertProblem(api.post("admin", "/api/admin/api-keys", object().put("name", "east-chat").put("channel", "SMS").put("team", "EAST")), 400, "team");
        String name = "dup-" + System.nanoTime();
        createKey(api, name, "SMS", null);
        assertProblem(api.post("admin", "/api/admin/api-keys", object().put("name", name).put("channel", "SMS")), 400, "name");
        assertProblem(api.post("admin", "/api/admin/api-keys/no-such-integration/revoke", object()), 404, null);
    }

    @Test
    void theSameIdempotencyKeyNeverCreatesTwoComplaints() {
        String key = createKey(api, "retry-" + System.nanoTime(), "ONLINE_CHAT", "NORTH");
        String surname = "Retry" + System.nanoTime() % 100000;
        String body = write(chatComplaint(surname));
        String idempotencyKey = "chat-" + System.nanoTime();

        HttpResponse<String> first = send(desk, INTAKE, key, idempotencyKey, body);
        HttpResponse<String> again = send(desk, INTAKE, key, idempotencyKey, body);

        assertStatus(first, 201);
        assertStatus(again, 201);
        assertThat(text(json(again), "number")).isEqualTo(text(json(first), "number"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(complaintsOf(surname)).isEqualTo(1);
        assertThat(new org.complaintdesk.it.support.DeskClient(desk).get("/metrics").body())
                .containsPattern("channel_complaints_total\\{[^}]*replayed=\"true\"[^}]*} [1-9]");

        HttpResponse<String> otherBody = send(desk, INTAKE, key, idempotencyKey, write(chatComplaint(surname).put("keyProblem", "another")));
        assertProblem(otherBody, 422, null);
        assertThat(complaintsOf(surname)).isEqualTo(1);

        assertProblem(send(desk, INTAKE, key, "with space", body), 400, "Idempotency-Key");
        assertProblem(send(desk, INTAKE, key, "k".repeat(201), body), 400, "Idempotency-Key");
        assertProblem(send(desk, INTAKE, key, null, write(chatComplaint(surname).put("channel", "SMS"))), 400, "channel");
        assertProblem(send(desk, INTAKE, key, null, write(chatComplaint(surname).put("contactPhone", "call me"))), 400, "contactPhone");
        assertProblem(send(desk, INTAKE, key, null, "{not json"), 400, null);
        assertThat(complaintsOf(surname)).isEqualTo(1);
    }

    @Test
    void retriesArrivingTogetherStillCreateOneComplaint() {
        String key = createKey(api, "burst-" + System.nanoTime(), "ONLINE_CHAT", "NORTH");
        String surname = "Burst" + System.nanoTime() % 100000;
        String body = write(chatComplaint(surname));
        String idempotencyKey = "burst-" + System.nanoTime();
        long collisionsBefore = desk.logText().lines().filter(line -> line.contains("uq_idempotency")).count();

        List<HttpResponse<String>> answers = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> send(desk, INTAKE, key, idempotencyKey, body)))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(answer -> assertStatus(answer, 201));
        assertThat(answers.stream().map(a -> text(json(a), "number")).distinct()).hasSize(1);
        assertThat(complaintsOf(surname)).isEqualTo(1);
        // they took turns: none did the work only to fail on the key at commit (which logged stack traces)
        assertThat(desk.logText().lines().filter(line -> line.contains("uq_idempotency")).count()).isEqualTo(collisionsBefore);
    }
}
