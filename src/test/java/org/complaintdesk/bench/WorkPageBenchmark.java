package org.complaintdesk.bench;

import java.net.http.HttpResponse;
import java.util.Map;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.TestDatabase;

/**
 * An agent's "My work" page with 500 open complaints, on the real desk (Payara Micro, PostgreSQL): logs 500
 * complaints that wait for a reply, then times the page as a browser asks for it (server time to the full HTML).
 * Run with the audit benchmark: {@code mvn -Pbench verify}.
 */
public final class WorkPageBenchmark {

    private static final int OPEN = 500;
    private static final int REPEATS = 10;

    private WorkPageBenchmark() {
    }

    public static void main(String[] args) {
        String db = TestDatabase.create("desk_bench_work");
        Map<String, String> env = DeskServer.postgresEnvironment(db);
        try (DeskServer desk = new DeskServer("bench-work", env).start().awaitReady()) {
            DeskClient api = new DeskClient(desk).basic("agent1", "demo");
            for (int i = 0; i < OPEN; i++) {
                String body = api.postJson("/api/complaints", """
                        {"channel": "PHONE", "customerSurname": "Bench", "contactPhone": "13800138000", "category": "BILLING",
                         "complexity": "COMPLEX", "customerAccount": "bench complaint %d"}""".formatted(i)).body();
                String number = body.replaceAll(".*\"number\":\"([^\"]+)\".*", "$1");
                api.postJson("/api/complaints/" + number + "/tasks/task_apologiseAndRecord", """
                        {"apologyOffered": true, "apologyAccepted": true, "contactConfirmed": true, "complexity": "COMPLEX",
                         "outcome": "NEEDS_REPLY"}""");
            }
            DeskClient browser = new DeskClient(desk);
            browser.login("agent1", "demo");
            browser.get("/agent/work.xhtml");
            long best = Long.MAX_VALUE;
            long total = 0;
            int rows = 0;
            for (int i = 0; i < REPEATS; i++) {
                long start = System.nanoTime();
                HttpResponse<String> page = browser.get("/agent/work.xhtml");
                long took = System.nanoTime() - start;
                best = Math.min(best, took);
                total += took;
                rows = page.body().split("data-deadline=").length - 1;
            }
            System.out.printf("'My work' with %d open complaints (%d rows on the first page): best %.1f ms, mean %.1f ms%n",
                    OPEN, rows, best / 1e6, total / 1e6 / REPEATS);
        } finally {
            TestDatabase.stop();
        }
    }
}
