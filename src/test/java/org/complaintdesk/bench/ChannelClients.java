package org.complaintdesk.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;

/**
 * Several integration clients logging complaints through the desk's channel door ({@code POST /api/channel/complaints}
 * with an API key), either as fast as the desk takes them or paced evenly over a span (so that their deadlines fall
 * due over that span). A refusal (503, the intake bulkhead) is retried after a short pause; anything else is counted
 * as failed. For the timer benchmark, which needs many open complaints and a burst of deadlines.
 */
final class ChannelClients {

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration REFUSAL_PAUSE = Duration.ofMillis(200);

    /** What one round of logging did. */
    record Logged(int logged, int refused, int failed, Duration took) {

        double perSecond() {
            return logged / Math.max(0.001, took.toMillis() / 1e3);
        }

        @Override
        public String toString() {
            return String.format("%,d logged in %.1f s (%.1f/s), %d refusals retried, %d failed", logged, took.toMillis() / 1e3,
                    perSecond(), refused, failed);
        }
    }

    private final DeskServer desk;
    private final int clients;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String apiKey;
    /** Complaints logged so far in the round under way. */
    private final AtomicInteger loggedThisRound = new AtomicInteger();

    ChannelClients(DeskServer desk, int clients) {
        this.desk = desk;
        this.clients = clients;
        this.apiKey = createApiKey();
    }

    /** Logs {@code count} complaints as fast as the clients get answers, printing progress every {@code every}. */
    Logged atFullSpeed(int count, String complexity, int every) throws InterruptedException {
        return run(count, complexity, index -> { }, every);
    }

    /** Logs {@code count} complaints, the i-th sent at start + i × span / count (or as soon as a client is free after it). */
    Logged paced(int count, String complexity, Duration span) throws InterruptedException {
        Instant start = Instant.now();
        long spacingNanos = span.toNanos() / Math.max(1, count);
        return run(count, complexity, index -> {
            Instant at = start.plusNanos(spacingNanos * index);
            long wait = Duration.between(Instant.now(), at).toMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
        }, 0);
    }

    private interface Pacing {
        void await(int index) throws InterruptedException;
    }

    /** How many complaints the round under way has logged so far. */
    int loggedThisRound() {
        return loggedThisRound.get();
    }

    private Logged run(int count, String complexity, Pacing pacing, int every) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger logged = loggedThisRound;
        logged.set(0);
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        String body = complaint(complexity);
        Instant start = Instant.now();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread client = new Thread(() -> {
                for (int index = next.getAndIncrement(); index < count; index = next.getAndIncrement()) {
                    try {
                        pacing.await(index);
                        while (true) {
                            int status = post(body);
                            if (status == 201) {
                                int done = logged.incrementAndGet();
                                if (every > 0 && done % every == 0) {
                                    System.out.printf("timers: %,d %s complaints logged, %.0f/s; load %s%n", done, complexity.toLowerCase(),
                                            done / Math.max(0.001, Duration.between(start, Instant.now()).toMillis() / 1e3), SoakBenchmark.load());
                                }
                                break;
                            } else if (status == 503) {
                                refused.incrementAndGet();
                                Thread.sleep(REFUSAL_PAUSE.toMillis());
                            } else {
                                failed.incrementAndGet();
                                break;
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    }
                }
            }, "channel-client-" + c);
            threads.add(client);
            client.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Logged(logged.get(), refused.get(), failed.get(), Duration.between(start, Instant.now()));
    }

    private int post(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(desk.uri("/api/channel/complaints")).timeout(CALL_TIMEOUT)
                .header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String complaint(String complexity) {
        return """
                {"channel": "PHONE", "customerSurname": "Bench", "formOfAddress": "Ms", "contactPhone": "13800138000",
                 "accountOrOrderNumber": "A-1001", "category": "BILLING", "complexity": "%s",
                 "customerAccount": "charged twice for the May invoice"}""".formatted(complexity);
    }

    private String createApiKey() {
        HttpResponse<String> created = new DeskClient(desk).basic("admin", "demo")
                .postJson("/api/admin/api-keys", "{\"name\": \"timer-bench\", \"channel\": \"PHONE\"}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("cannot create the API key: " + created.statusCode() + " " + created.body());
        }
        return created.body().replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
    }
}
