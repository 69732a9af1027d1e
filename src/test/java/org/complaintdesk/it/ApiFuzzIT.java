package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.complaintdesk.it.support.ClusterDesks;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.OffSharedDesk;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the API description, sent what a careless or hostile client sends: bodies of every JSON type,
 * malformed and deeply nested JSON, a huge text, other media types, bogus path parameters, out-of-range query
 * parameters and methods the operation does not have. Whatever the answer, it is never a 5xx, and every refusal is
 * an application/problem+json. Path parameters are always ones that name nothing, so nothing is changed. Sent over
 * HTTP/1.1, as curl and proxies send.
 * <p>
 * To the cluster's first desk, with the production windows and Payara's own listener settings. The fuzzing
 * keeps a core busy for half a minute: in the second lane it fills the time the shared desk's lane is longer.
 */
@OffSharedDesk
class ApiFuzzIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");
    private static final List<String> PATH_VALUES = List.of("C-19990101-9999", "0", "-1", "99999999999999999999",
            "a".repeat(300), URLEncoder.encode("中文 ', \"<x>", StandardCharsets.UTF_8));
    private static final List<String> QUERY_VALUES = List.of("", "-1", "0", "2147483648", "abc", "+10000-01-01T00:00:00Z",
            "1900-01-01T00:00:00Z", "x".repeat(2000), URLEncoder.encode("\u0000\u001b", StandardCharsets.UTF_8));
    private static final List<String> BODIES = List.of("null", "\"text\"", "42", "true", "[]", "{", "{\"a\": }",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "\"" + "x".repeat(2_000_000) + "\"", "{\"name\": \"" + "\\u0000".repeat(10) + "\", \"rating\": 1e400}");

    private final DeskServer desk = ClusterDesks.get().one();
    private final ComplaintApi api = new ComplaintApi(desk);

    @Test
    void noOperationAnswersA5xxOrAnythingButAProblemToBadInput() {
        JsonObject paths = document().getJsonObject("paths");
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String user : List.of("admin", "agent1", "lead1")) {
            calls += fuzzAs(user, paths, wrong);
        }
        assertThat(calls).as("calls made").isGreaterThan(1000);
        assertThat(wrong).as("answers that were a 5xx or not a problem, of %d calls", calls).isEmpty();
    }

    /** Every operation sent bad input as the user; answers the number of calls made. */
    private int fuzzAs(String user, JsonObject paths, List<String> wrong) {
        int calls = 0;
        DeskClient client = api.as(user);
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            JsonObject operations = path.getValue().asJsonObject();
            for (String pathValue : PATH_VALUES) {
                String concrete = path.getKey().replaceAll("\\{[^}]+}", pathValue);
                for (String method : operations.keySet()) {
                    if (!METHODS.contains(method)) {
                        continue;
                    }
                    JsonObject operation = operations.getJsonObject(method);
                    if (!"get".equals(method) && !"delete".equals(method)) {
                        // every kind of body with the first path value; a few with the others
                        for (String body : pathValue.equals(PATH_VALUES.get(0)) ? BODIES : List.of("null", "{", "[]")) {
                            calls++;
                            check(wrong, client.call(method.toUpperCase(), concrete, "application/json", body.getBytes(StandardCharsets.UTF_8)));
                        }
                        calls += 3;
                        check(wrong, client.call(method.toUpperCase(), concrete, "text/plain", "{}".getBytes(StandardCharsets.UTF_8)));
                        check(wrong, client.call(method.toUpperCase(), concrete, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)));
                        check(wrong, client.call(method.toUpperCase(), concrete, null, null));
                    } else if (pathValue.equals(PATH_VALUES.get(0))) {
                        for (String parameter : queryParameters(operation)) {
                            for (String value : QUERY_VALUES) {
                                calls++;
                                check(wrong, client.call(method.toUpperCase(), concrete + "?" + parameter + "=" + value, null, null));
                            }
                        }
                    }
                    if (!path.getKey().contains("{")) {
                        break;
                    }
                }
                calls++;
                check(wrong, client.call("PATCH", concrete, "application/json", "{}".getBytes(StandardCharsets.UTF_8)));
                if (!path.getKey().contains("{")) {
                    break;
                }
            }
        }
        return calls;
    }

    private static void check(List<String> wrong, HttpResponse<String> answer) {
        String what = answer.request().method() + " " + shorten(answer.uri().toString()) + " -> " + answer.statusCode();
        if (answer.statusCode() >= 500) {
            wrong.add(what + ": " + shorten(answer.body()));
        } else if (answer.statusCode() >= 400
                && !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            wrong.add(what + " as " + answer.headers().firstValue("Content-Type").orElse("no content type"));
        }
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 160) + "...";
    }

    private static List<String> queryParameters(JsonObject operation) {
        List<String> names = new ArrayList<>();
        if (operation.containsKey("parameters")) {
            operation.getJsonArray("parameters").forEach(p -> {
                JsonObject parameter = p.asJsonObject();
                if ("query".equals(parameter.getString("in", ""))) {
                    names.add(parameter.getString("name"));
                }
            });
        }
        return names;
    }

    private JsonObject document() {
        HttpResponse<String> openapi = new DeskClient(desk).get("/openapi?format=JSON");
        assertThat(openapi.statusCode()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(openapi.body()))) {
            return reader.readObject();
        }
    }
}
