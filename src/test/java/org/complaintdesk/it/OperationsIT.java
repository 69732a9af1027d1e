package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.junit.jupiter.api.Test;

/** What operators' tools read: the API description at /openapi and Prometheus metrics at /metrics. */
class OperationsIT {

    private final DeskServer desk = SharedDesk.server();

    @Test
    void theApiIsDescribedAtOpenapi() {
        HttpResponse<String> openapi = new DeskClient(desk).get("/openapi");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("Complaint Desk API", "/api/complaints", "/api/complaints/{number}/tasks/{key}",
                "/api/alerts", "/api/audit/compliance", "basic", "bearer", "/api/me/tokens", "/api/admin/access-tokens");
    }

    @Test
    void theStartLogHasTheDesksOwnLinesAndNoCertificateDumps() {
        String log = desk.logText();
        assertThat(log).contains("Complaint Desk is ready at http://localhost:" + desk.port() + "/").containsPattern("Schema at version \\d+ ")
                .doesNotContain("The SSL certificate has expired", "version null");
    }

    @Test
    void everyOperationHasAnExample() {
        HttpResponse<String> openapi = new DeskClient(desk).get("/openapi?format=JSON");
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonObject document;
        try (JsonReader reader = Json.createReader(new StringReader(openapi.body()))) {
            document = reader.readObject();
        }
        JsonObject paths = document.getJsonObject("paths");
        JsonObject sharedAnswers = document.getJsonObject("components").getJsonObject("responses");
        JsonObject sharedExamples = document.getJsonObject("components").getJsonObject("examples");
        Set<String> methods = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
        List<String> operations = new ArrayList<>();
        List<String> withoutExample = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (!methods.contains(method)) {
                return;
            }
            operations.add(method.toUpperCase() + " " + path);
            if (!hasExample(operation.asJsonObject())) {
                withoutExample.add(method.toUpperCase() + " " + path);
            }
        }));
        assertThat(operations).contains("POST /api/complaints", "POST /api/complaints/{number}/tasks/{key}", "GET /api/me");
        assertThat(withoutExample).as("operations without an example in a request or response body").isEmpty();
        paths.forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
            if (methods.contains(method)) {
                JsonObject unauthorized = operation.asJsonObject().getJsonObject("responses").getJsonObject("401");
                assertThat(unauthorized).as("the 401 of %s %s", method, path).isNotNull();
                // the filter adds the shared answer as a reference to components.responses
                if (unauthorized.containsKey("$ref")) {
                    unauthorized = sharedAnswers.getJsonObject(unauthorized.getString("$ref").substring("#/components/responses/".length()));
                }
                JsonObject problem = unauthorized.getJsonObject("content").getJsonObject("application/problem+json");
                assertThat(problem).as("the 401 of %s %s", method, path).isNotNull();
                JsonObject example = problem.getJsonObject("examples").values().iterator().next().asJsonObject();
                if (example.containsKey("$ref")) {
                    example = sharedExamples.getJsonObject(example.getString("$ref").substring("#/components/examples/".length()));
                }
                assertThat(example.getJsonObject("value").getInt("status")).as("the 401 of %s %s", method, path).isEqualTo(401);
            }
        }));
    }

    /** Whether the request body or some response of the operation carries an example (examples or example). */
    private static boolean hasExample(JsonObject operation) {
        List<JsonValue> bodies = new ArrayList<>();
        if (operation.containsKey("requestBody")) {
            bodies.add(operation.getJsonObject("requestBody"));
        }
        if (operation.containsKey("responses")) {
            // the 401 is the same everywhere (added by OpenApiTidying): it does not count as the operation's example
            operation.getJsonObject("responses").forEach((status, response) -> {
                if (!status.equals("401")) {
                    bodies.add(response);
                }
            });
        }
        return bodies.stream()
                .map(body -> body.asJsonObject().getJsonObject("content"))
                .filter(content -> content != null)
                .flatMap(content -> content.values().stream())
                .map(JsonValue::asJsonObject)
                .anyMatch(media -> media.containsKey("example")
                        || media.containsKey("examples") && !media.getJsonObject("examples").isEmpty());
    }

    @Test
    void metricsCountComplaintsAlertsAndRequestsInPrometheusFormat() {
        DeskClient agent = new DeskClient(desk).basic("agent1", "demo");
        assertThat(agent.postJson("/api/complaints", """
                {"channel": "PHONE", "customerSurname": "Lin", "contactPhone": "13800138000", "category": "HARASSMENT",
                 "complexity": "SIMPLE", "customerAccount": "kept calling to shout"}""").statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = new DeskClient(desk).get("/metrics").body();
            assertThat(metrics).contains("complaints_open", "complaints_overdue");
            assertThat(metrics).containsPattern("alerts_raised_total\\{[^}]*kind=\"HARASSMENT_REPORTED\"[^}]*} [1-9]");
            assertThat(metrics).containsPattern("api_request_duration_seconds_count\\{[^}]*operation=\"POST /api/complaints\"[^}]*} [1-9]")
                    .doesNotContain("ComplaintResource");
        });
    }
}
