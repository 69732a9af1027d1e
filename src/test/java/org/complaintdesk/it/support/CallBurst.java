package org.complaintdesk.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Many calls at once, as a busy API client or a browser sends them: one {@link HttpClient} with one cookie jar and
 * kept-alive connections shared by all threads, or (as a load test's clients) one such client per thread. Counts the
 * answers by status and keeps what the answers that were not 2xx said, and every Set-Cookie the desk sent.
 */
public final class CallBurst {

    /** What the burst got back. */
    public record Outcome(Map<Integer, Integer> statuses, List<String> notOk, List<String> setCookies, long millis) {

        public int calls() {
            return statuses.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final boolean clientPerThread;
    private final HttpClient shared = client();

    private CallBurst(boolean clientPerThread) {
        this.clientPerThread = clientPerThread;
    }

    /** All threads share one client: one cookie jar, one pool of kept-alive connections. */
    public static CallBurst oneClient() {
        return new CallBurst(false);
    }

    /** Each thread is a client of its own with its own cookie jar, like the clients of a load test. */
    public static CallBurst clientPerThread() {
        return new CallBurst(true);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Sends {@code calls} requests from {@code threads} threads at once; each request is built anew by {@code request}. */
    public Outcome run(int threads, int calls, Supplier<HttpRequest.Builder> request) {
        Map<Integer, Integer> statuses = Collections.synchronizedMap(new TreeMap<>());
        List<String> notOk = Collections.synchronizedList(new ArrayList<>());
        List<String> setCookies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger left = new AtomicInteger(calls);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            pool.execute(() -> {
                HttpClient http = clientPerThread ? client() : shared;
                while (left.getAndDecrement() > 0) {
                    try {
                        HttpResponse<String> response = http.send(request.get().timeout(Duration.ofSeconds(60)).build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                        setCookies.addAll(response.headers().allValues("Set-Cookie"));
                        if (response.statusCode() / 100 != 2) {
                            String body = response.body();
                            notOk.add(response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("")
                                    + " " + body.substring(0, Math.min(200, body.length())));
                        }
                    } catch (IOException e) {
                        statuses.merge(-1, 1, Integer::sum);
                        notOk.add(e.toString());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(15, TimeUnit.MINUTES)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Outcome(statuses, notOk, setCookies, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** A POST of a JSON body to the desk with a header (such as Authorization). */
    public static Supplier<HttpRequest.Builder> postJson(DeskServer desk, String path, String json, String header, String value) {
        return () -> HttpRequest.newBuilder(desk.uri(path)).header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    /** A GET of the desk with a header, if given (such as Authorization or Cookie). */
    public static Supplier<HttpRequest.Builder> get(DeskServer desk, String path, String header, String value) {
        return () -> {
            HttpRequest.Builder builder = HttpRequest.newBuilder(desk.uri(path)).GET();
            return header == null ? builder : builder.header(header, value);
        };
    }
}
