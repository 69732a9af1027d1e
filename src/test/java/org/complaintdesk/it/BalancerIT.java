package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ClusterDesks;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.HtmlChecker;
import org.complaintdesk.it.support.LocalProcesses;
import org.complaintdesk.it.support.NginxBalancer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * docs/ENGINE.md's nginx when no desk answers (each stopped, or all restarting at once): its desks' ports here are
 * free ones, so every connection is refused.
 */
class BalancerIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void withNoDeskAnsweringTheApiGetsAProblemAndAPersonAPageInTheDesksThreeLanguages() throws Exception {
        try (NginxBalancer nginx = new NginxBalancer(Map.of(
                ClusterDesks.ROUTE_ONE, LocalProcesses.freePort(), ClusterDesks.ROUTE_TWO, LocalProcesses.freePort())).start()) {
            // nginx's own 502 is an English HTML page, which an API client cannot read
            HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(nginx.uri("/api/complaints?status=OPEN"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> change = HTTP.send(HttpRequest.newBuilder(nginx.uri("/api/complaints"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(ComplaintApi.newComplaint("BILLING", "SIMPLE").toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (HttpResponse<String> answer : List.of(read, change)) {
                assertThat(assertProblem(answer, 503, null).path("detail").asString()).contains("try again shortly");
                assertThat(answer.headers().firstValue("Retry-After")).hasValue("30");
            }

            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(nginx.uri("/agent/work.xhtml")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(page.body()).contains("投诉处理台暂时无法使用", "投訴處理台暫時無法使用", "Complaint Desk is not answering");
            assertThat(HtmlChecker.errors(page.body())).isEmpty();
            try (Browser person = new Browser(nginx.uri(""), "zh-CN")) {
                person.open("/agent/work.xhtml");
                assertThat(person.find(By.tagName("h1")).getText()).isEqualTo("投诉处理台暂时无法使用");
                assertThat(person.accessibilityProblems()).isEmpty();
            }
        }
    }
}
