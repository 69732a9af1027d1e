package org.complaintdesk.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client (cookies, no automatic redirects) and an API client with HTTP Basic or a token. */
public final class DeskClient {

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");

    private final DeskServer server;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String authorization;
    private String origin;

    public DeskClient(DeskServer server) {
        this.server = server;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Sends HTTP Basic credentials with every request. */
    public DeskClient basic(String username, String password) {
        authorization = basicAuthorization(username, password);
        return this;
    }

    /** Sends a personal access token ({@code Authorization: Bearer}) with every request. */
    public DeskClient bearer(String token) {
        authorization = "Bearer " + token;
        return this;
    }

    /** Sends an {@code Origin} header with every request, as a browser does for a page of that origin. */
    public DeskClient from(String pageOrigin) {
        origin = pageOrigin;
        return this;
    }

    public static String basicAuthorization(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A GET with the given extra headers (name, value, name, value...). */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder builder = request(path);
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A POST of raw bytes under the given content type (bodies in other encodings, byte-order marks). */
    public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /**
     * Any method, with the given body under the given content type, or none when {@code body} is null; over HTTP/1.1,
     * as curl and proxies send it (Java's default first tries an h2c upgrade, see RequestBodyLimitsIT).
     */
    public HttpResponse<String> call(String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = request(path).version(HttpClient.Version.HTTP_1_1);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** Posts the fields as a form, with the given extra headers (name, value, name, value...). */
    public HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/x-www-form-urlencoded");
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Logs in on the Faces login page as a person would; returns the response to the form's POST. */
    public HttpResponse<String> login(String username, String password) {
        HttpResponse<String> page = get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("username", username);
        form.put("password", password);
        form.put("submit", "Log in");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        form.put(NONCE_FIELD, nonce(page.body()));
        return postForm("/login.xhtml", form);
    }

    /** The field PrimeFaces' script adds to every form in a browser: the page's script nonce, checked on each postback. */
    public static final String NONCE_FIELD = "primefaces.nonce";

    /** The page's script nonce, as a browser's PrimeFaces sends it back with a form. */
    public static String nonce(String html) {
        Matcher m = NONCE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no script nonce in the page");
        }
        return m.group(1);
    }

    public static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no Faces view state in the page:\n" + html);
        }
        return m.group(1);
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (origin != null) {
            builder.header("Origin", origin);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return server.uri(path);
    }
}
