package org.complaintdesk.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The complaint API of docs/API.md as the integration tests use it: every call as a demo user (password
 * "demo") with that user's personal access token (made once per desk with HTTP Basic; Basic itself costs a PBKDF2
 * check of 600,000 iterations per call), JSON bodies built and read with Jackson. Methods named after a step expect it
 * to succeed and answer the parsed body; methods starting with {@code try} answer the raw response.
 */
public final class ComplaintApi {

    public static final String PASSWORD = "demo";
    /** Who reads complaints, tasks and history when a test only observes: no team, sees everything. */
    public static final String OBSERVER = "supervisor1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Each desk's tokens by user name ("" where none could be made); a desk object per started desk. */
    private static final Map<DeskServer, Map<String, String>> TOKENS = new WeakHashMap<>();

    private final DeskServer desk;

    public ComplaintApi(DeskServer desk) {
        this.desk = desk;
    }

    public DeskClient as(String username) {
        String token = tokens(desk).computeIfAbsent(username, this::createToken);
        // no token: an unknown or disabled user, or another password; Basic gives the test the desk's own answer
        return token.isEmpty() ? new DeskClient(desk).basic(username, PASSWORD) : new DeskClient(desk).bearer(token);
    }

    private static synchronized Map<String, String> tokens(DeskServer desk) {
        return TOKENS.computeIfAbsent(desk, d -> new ConcurrentHashMap<>());
    }

    private String createToken(String username) {
        HttpResponse<String> created = new DeskClient(desk).basic(username, PASSWORD)
                .postJson("/api/me/tokens", "{\"name\": \"integration-tests-" + System.nanoTime() + "\"}");
        return created.statusCode() == 201 ? text(json(created), "secret") : "";
    }

    // ---------------------------------------------------------------- raw calls

    public HttpResponse<String> get(String username, String path) {
        return as(username).get(path);
    }

    /** POSTs a JSON node, or a String sent as it is (for malformed bodies). */
    public HttpResponse<String> post(String username, String path, Object body) {
        String text = body instanceof String s ? s : write(body);
        return as(username).postJson(path, text);
    }

    // ---------------------------------------------------------------- JSON

    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static JsonNode json(HttpResponse<String> response) {
        assertThat(response.body()).as("body of %s", describe(response)).isNotBlank();
        return JSON.readTree(response.body());
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    /** The text of a field; null when the field is missing or JSON null. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** An ISO-8601 instant field; null when missing or JSON null. */
    public static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Instant.parse(value);
    }

    public static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.values().forEach(list::add);
        return list;
    }

    public static String describe(HttpResponse<String> response) {
        return response.request().method() + " " + response.uri() + " -> " + response.statusCode() + " " + response.body();
    }

    public static void assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(describe(response)).isEqualTo(status);
    }

    public static void assertSuccess(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(describe(response)).isBetween(200, 299);
    }

    /**
     * Expects an application/problem+json answer with the status; when a field is given, the problem names
     * it in {@code errors[].field} (or, failing that, in {@code detail}).
     */
    public static JsonNode assertProblem(HttpResponse<String> response, int status, String field) {
        assertStatus(response, status);
        assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of %s", describe(response))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).as("status in %s", response.body()).isEqualTo(status);
        assertThat(text(problem, "title")).as("title in %s", response.body()).isNotBlank();
        if (field != null) {
            List<String> fields = elements(problem.path("errors")).stream().map(e -> text(e, "field")).toList();
            String detail = String.valueOf(text(problem, "detail"));
            assertThat(fields.contains(field) || detail.contains(field))
                    .as("the problem names %s: %s", field, response.body()).isTrue();
        }
        return problem;
    }

    /**
     * A complaint of 3 MB, three times what the API takes, posted to {@code complaints} as agent1 over the given HTTP
     * version, once with its length and once in chunks: each is refused with the desk's 413 problem. Returns the two
     * problems, in that order.
     */
    public static List<JsonNode> assertOversizedComplaintRefused(URI complaints, HttpClient.Version version)
            throws IOException, InterruptedException {
        List<JsonNode> problems = new ArrayList<>();
        byte[] body = ("{\"customerName\": \"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (boolean chunked : new boolean[] {false, true}) {
            HttpRequest request = HttpRequest.newBuilder(complaints).timeout(Duration.ofSeconds(30))
                    .header("Authorization", DeskClient.basicAuthorization("agent1", PASSWORD)).header("Content-Type", "application/json")
                    .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                            : HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> answer = HttpClient.newBuilder().version(version).build().send(request, HttpResponse.BodyHandlers.ofString());
            String what = version + (chunked ? " chunked" : " with its length");
            assertThat(answer.statusCode()).as(what).isEqualTo(413);
            assertThat(answer.headers().firstValue("Content-Type")).as(what)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).as(what).contains("\"status\":413", "1 MiB");
            problems.add(json(answer));
        }
        return problems;
    }

    /** The time between two instants, for comparing deadlines with their windows. */
    public static Duration between(Instant from, Instant to) {
        return Duration.between(from, to);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- request bodies

    /** A complete, valid complaint as an agent would log it. */
    public static ObjectNode newComplaint(String category, String complexity) {
        ObjectNode body = object();
        body.put("channel", "PHONE");
        body.put("customerSurname", "Wang");
        body.put("formOfAddress", "Ms");
        body.put("contactPhone", "13800138000");
        body.putNull("contactEmail");
        body.put("accountOrOrderNumber", "A-1001");
        body.put("category", category);
        body.put("complexity", complexity);
        body.put("customerAccount", "Charged twice for the same month");
        body.put("keyProblem", "double charge");
        body.put("desiredResolution", "refund the second charge");
        body.putNull("complainedEmployeeNumber");
        return body;
    }

    /** The apologise-and-record step; a resolution is filled in when the outcome is RESOLVED. */
    public static ObjectNode apology(String complexity, String outcome, boolean apologyAccepted) {
        ObjectNode body = object();
        body.put("apologyOffered", true);
        body.put("apologyAccepted", apologyAccepted);
        body.put("restatement", "The customer was charged twice for the same month");
        body.put("keyProblem", "double charge");
        body.put("contactConfirmed", true);
        body.put("complexity", complexity);
        body.put("outcome", outcome);
        if ("RESOLVED".equals(outcome)) {
            body.put("resolution", "refund booked while on the phone");
        }
        return body;
    }

    public static ObjectNode reply(String text) {
        ObjectNode body = object();
        body.put("reply", text);
        body.put("replyChannel", "PHONE");
        body.put("customerUnderstood", true);
        return body;
    }

    /** A team lead's or supervisor's decision REPLIED. */
    public static ObjectNode replied(String text) {
        ObjectNode body = reply(text);
        body.put("decision", "REPLIED");
        return body;
    }

    public static ObjectNode handBack(String instruction) {
        ObjectNode body = object();
        body.put("decision", "HAND_BACK");
        body.put("instruction", instruction);
        return body;
    }

    // ---------------------------------------------------------------- complaints

    public HttpResponse<String> tryLog(String username, Object body) {
        return post(username, "/api/complaints", body);
    }

    /** Logs a complaint, expects 201, answers the complaint. */
    public JsonNode log(String username, ObjectNode body) {
        HttpResponse<String> response = tryLog(username, body);
        assertStatus(response, 201);
        return json(response);
    }

    public JsonNode log(String username, String category, String complexity) {
        return log(username, newComplaint(category, complexity));
    }

    public String logNumber(String username, String category, String complexity) {
        return text(log(username, category, complexity), "number");
    }

    public JsonNode complaint(String number) {
        return complaint(OBSERVER, number);
    }

    public JsonNode complaint(String username, String number) {
        HttpResponse<String> response = get(username, "/api/complaints/" + number);
        assertStatus(response, 200);
        return json(response);
    }

    public List<JsonNode> history(String number) {
        HttpResponse<String> response = get(OBSERVER, "/api/complaints/" + number + "/history");
        assertStatus(response, 200);
        return elements(json(response));
    }

    /** GET /api/complaints with the given query (without the leading '?'). */
    public JsonNode list(String username, String query) {
        HttpResponse<String> response = get(username, "/api/complaints?" + query);
        assertStatus(response, 200);
        return json(response);
    }

    // ---------------------------------------------------------------- tasks

    public List<JsonNode> tasks(String number) {
        HttpResponse<String> response = get(OBSERVER, "/api/complaints/" + number + "/tasks");
        assertStatus(response, 200);
        return elements(json(response));
    }

    public List<String> taskKeys(String number) {
        return tasks(number).stream().map(t -> text(t, "key")).toList();
    }

    public Optional<JsonNode> task(String number, String key) {
        return tasks(number).stream().filter(t -> key.equals(text(t, "key"))).findFirst();
    }

    public HttpResponse<String> tryComplete(String username, String number, String key, Object body) {
        return post(username, "/api/complaints/" + number + "/tasks/" + key, body);
    }

    /** Completes the open step, expects 200, answers the complaint after the step. */
    public JsonNode complete(String username, String number, String key, Object body) {
        HttpResponse<String> response = tryComplete(username, number, key, body);
        assertStatus(response, 200);
        return json(response);
    }

    public HttpResponse<String> tryClaim(String username, String number) {
        return post(username, "/api/complaints/" + number + "/claim", "");
    }

    public void claim(String username, String number) {
        assertSuccess(tryClaim(username, number));
    }

    public HttpResponse<String> tryContact(String username, String number, String note) {
        ObjectNode body = object();
        body.put("note", note);
        return post(username, "/api/complaints/" + number + "/contact", body);
    }

    public void contact(String username, String number, String note) {
        assertSuccess(tryContact(username, number, note));
    }

    public HttpResponse<String> tryReclassify(String username, String number, String complexity, String reason, long version) {
        ObjectNode body = object();
        body.put("complexity", complexity);
        body.put("reason", reason);
        body.put("version", version);
        return post(username, "/api/complaints/" + number + "/reclassify", body);
    }

    public void reclassify(String username, String number, String complexity, String reason) {
        long version = complaint(number).path("version").asLong();
        assertSuccess(tryReclassify(username, number, complexity, reason, version));
    }

    public HttpResponse<String> tryRate(String username, String number, Object rating) {
        ObjectNode body = object();
        if (rating instanceof Integer i) {
            body.put("rating", i);
        } else if (rating instanceof Long l) {
            body.put("rating", l);
        } else {
            body.put("rating", String.valueOf(rating));
        }
        return post(username, "/api/complaints/" + number + "/rating", body);
    }

    public void rate(String username, String number, int rating) {
        assertSuccess(tryRate(username, number, rating));
    }

    // ---------------------------------------------------------------- compound steps

    /** Logs and completes apologise-and-record with NEEDS_REPLY: the complaint then waits for the agent's reply. */
    public String logAwaitingReply(String agent, String category, String complexity) {
        String number = logNumber(agent, category, complexity);
        complete(agent, number, "task_apologiseAndRecord", apology(complexity, "NEEDS_REPLY", true));
        return number;
    }

    /** Logs and resolves on the spot: the complaint is closed and waits for the customer's rating. */
    public String logResolvedOnSpot(String agent, String category) {
        String number = logNumber(agent, category, "SIMPLE");
        complete(agent, number, "task_apologiseAndRecord", apology("SIMPLE", "RESOLVED", true));
        return number;
    }

    /** Logs and escalates at once to the team lead (outcome ESCALATE). */
    public String logEscalated(String agent, String category) {
        String number = logNumber(agent, category, "SIMPLE");
        complete(agent, number, "task_apologiseAndRecord", apology("SIMPLE", "ESCALATE", false));
        return number;
    }

    // ---------------------------------------------------------------- alerts

    /**
     * The user's alerts (read or not) of one complaint, newest first, as the desk picks them (?complaint=): a user's
     * newest 200 of all would lose them in a run where other classes' complaints raise hundreds at once.
     */
    public List<JsonNode> alerts(String username, String number) {
        HttpResponse<String> response = get(username, "/api/alerts?complaint=" + encode(number));
        assertStatus(response, 200);
        return elements(json(response));
    }

    public List<JsonNode> alerts(String username, String number, String kind) {
        return alerts(username, number).stream().filter(a -> kind.equals(text(a, "kind"))).toList();
    }

    /** The alerts addressed to a role (a supervisor also sees the team leads' alerts; this picks the supervisors'). */
    public List<JsonNode> roleAlerts(String username, String number, String kind, String role) {
        return alerts(username, number, kind).stream().filter(a -> role.equals(text(a, "recipientRole"))).toList();
    }
}
