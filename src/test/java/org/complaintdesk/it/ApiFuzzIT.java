package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the API description, sent what a careless or hostile client sends: bodies of every JSON type,
 * malformed and deeply nested JSON, a huge text, other media types, bogus path parameters, out-of-range query
 * parameters and methods the operation does not have. Whatever the answer, it is never a 5xx, and every refusal is
 * an application/problem+json. Path parameters are always ones that name nothing, so nothing is changed.
 * <p>
 * Sent over HTTP/1.1, as curl and proxies send; a body of megabytes is also sent the way Java's HttpClient does by
 * default, with an h2c upgrade.
 */
class ApiFuzzIT {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete");
    private static final List<String> PATH_VALUES = List.of("C-19990101-9999", "0", "-1", "99999999999999999999",
            "a".repeat(300), URLEncoder.encode("中文 ', \"<x>", StandardCharsets.UTF_8));
    private static final List<String> QUERY_VALUES = List.of("", "-1", "0", "2147483648", "abc", "+10000-01-01T00:00:00Z",
            "1900-01-01T00:00:00Z", "x".repeat(2000), URLEncoder.encode("\u0000\u001b", StandardCharsets.UTF_8));
    private static final List<String> BODIES = List.of("null", "\"text\"", "42", "true", "[]", "{", "{\"a\": }",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "\"" + "x".repeat(2_000_000) + "\"", "{\"name\": \"" + "\\u0000".repeat(10) + "\", \"rating\": 1e400}");

    private final DeskServer desk = SharedDesk.server();
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

    /**
     * A body larger than the API takes is refused at once, before it is read: over HTTP/1.1 and with the h2c upgrade
     * of Java's HttpClient, which otherwise stalled in the listener until its read timeout and ended as a 500; and
     * one sent in chunks, without its length, once 1 MiB of it is read.
     */
    @Test
    void aBodyOfMegabytesIsRefusedWithOrWithoutAnH2cUpgradeAndWithoutItsLength() throws Exception {
        byte[] body = ("{\"customerName\": \"" + "x".repeat(3_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (HttpClient.Version version : HttpClient.Version.values()) {
            for (boolean chunked : new boolean[] {false, true}) {
                HttpClient http = HttpClient.newBuilder().version(version).build();
                HttpRequest request = HttpRequest.newBuilder(desk.uri("/api/complaints")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", DeskClient.basicAuthorization("agent1", "demo")).header("Content-Type", "application/json")
                        .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                                : HttpRequest.BodyPublishers.ofByteArray(body)).build();
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                String what = version + (chunked ? " chunked" : " with its length");
                assertThat(answer.statusCode()).as(what).isEqualTo(413);
                assertThat(answer.headers().firstValue("Content-Type")).as(what)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(answer.body()).as(what).contains("1 MiB");
            }
        }
    }

    /**
     * A body that stops arriving (a client gone quiet after part of it) ends, at the listener's read timeout (30 s by
     * default, {@link SharedDesk#READ_TIMEOUT} on the shared desk), in a 408 problem, without a SEVERE line in the log:
     * it was a 500 and an "unexpected error" before.
     */
    @Test
    void aBodyThatStopsArrivingIsA408ProblemNotA500() throws Exception {
        long unexpectedBefore = desk.logText().lines().filter(line -> line.contains("Unexpected error in the API")).count();
        try (Socket socket = new Socket(desk.uri("/").getHost(), desk.uri("/").getPort())) {
            socket.setSoTimeout(120_000);
            String head = "POST /api/complaints HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + DeskClient.basicAuthorization("agent1", "demo") + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
            socket.getOutputStream().write((head + "{\"customerSurname\": \"Li\"").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json", "\"status\":408");
        }
        assertThat(desk.logText().lines().filter(line -> line.contains("Unexpected error in the API")).count()).isEqualTo(unexpectedBefore);
    }

    /**
     * One HTTP/1.1 answer, head and body, read by its Content-Length or to its last chunk: the desk keeps the
     * connection open after it, so reading to the end of the stream would wait for the keep-alive timeout.
     */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        String head;
        while (!(head = read.toString(StandardCharsets.ISO_8859_1)).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head;
            }
            read.write(b);
        }
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
        if (length.find()) {
            read.write(in.readNBytes(Integer.parseInt(length.group(1))));
        } else {
            while (!read.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                read.write(b);
            }
        }
        return read.toString(StandardCharsets.UTF_8);
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
