package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
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
                "/api/alerts", "/api/audit/compliance", "basic");
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
            assertThat(metrics).contains("ComplaintResource");
        });
    }
}
