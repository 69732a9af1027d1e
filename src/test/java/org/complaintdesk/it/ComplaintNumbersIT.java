package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.elements;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.newComplaint;
import static org.complaintdesk.it.support.ComplaintApi.text;
import static org.complaintdesk.it.support.ComplaintApi.write;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

/**
 * Every complaint number accounted for: a number drawn by an intake that does not commit (it fails after the complaint
 * was logged, or it loses a race on an Idempotency-Key) is listed to auditors with its fate, and no number goes missing
 * without one.
 */
class ComplaintNumbersIT {

    private static final Pattern NUMBER = Pattern.compile("C-\\d{8}-(\\d{4,})");

    private final DeskServer desk = SharedDesk.server();
    private final ComplaintApi api = new ComplaintApi(desk);
    private final DeskClient admin = new DeskClient(desk).basic("admin", "demo");

    private static long id(String number) {
        Matcher matcher = NUMBER.matcher(number);
        assertThat(matcher.find()).as("a complaint number in " + number).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** The number an intake used up before its transaction failed. */
    private String intakeThenFail() {
        HttpResponse<String> failed = admin.postJson("/api/test-fixtures/transaction/intake-then-fail", "");
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(409);
        Matcher matcher = NUMBER.matcher(failed.body());
        assertThat(matcher.find()).as(failed.body()).isTrue();
        return matcher.group();
    }

    private JsonNode numbers(Instant from) {
        return json(api.get("auditor1", "/api/audit/numbers?from=" + from + "&to=" + Instant.now().plusSeconds(60)));
    }

    @Test
    void aNumberUsedUpByAFailedIntakeIsListedWithItsFate() {
        Instant start = Instant.now().minusSeconds(1);
        long before = id(api.logNumber("agent1", "BILLING", "SIMPLE"));
        String usedUp = intakeThenFail();
        long after = id(api.logNumber("agent1", "BILLING", "SIMPLE"));

        assertThat(id(usedUp)).isBetween(before + 1, after - 1);
        assertProblem(api.get("agent1", "/api/complaints/" + usedUp), 404, null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode account = numbers(start);
            assertThat(account.path("unaccounted").asLong()).as(account.toString()).isZero();
            JsonNode listed = elements(account.path("listed")).stream().filter(m -> m.path("id").asLong() == id(usedUp)).findFirst().orElseThrow();
            assertThat(text(listed, "number")).isEqualTo(usedUp);
            assertThat(text(listed, "fate")).isEqualTo("ROLLED_BACK");
            assertThat(text(listed, "detail")).isEqualTo("rolled back");
        });
        try (Browser auditor = new Browser(desk).login("auditor1", "demo")) {
            auditor.open("/audit/index.xhtml");
            assertThat(auditor.find(By.cssSelector("#missingNumbers tr[data-id='" + id(usedUp) + "']")).getText())
                    .contains(usedUp, "The intake did not complete (rolled back)");
            assertThat(auditor.byId("numbersSummary").getText()).contains("0 missing without a record");
        }
        assertProblem(api.get("agent1", "/api/audit/numbers"), 403, null);
        assertProblem(api.get("auditor1", "/api/audit/numbers?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"), 400, "to");
    }

    @Test
    void intakesRacingFailingAndRetriedTogetherLeaveNoNumberUnaccounted() {
        Instant start = Instant.now().minusSeconds(1);
        String key = ChannelIntakeIT.createKey(api, "numbers-" + System.nanoTime(), "ONLINE_CHAT", "NORTH");
        String chat = write(newComplaint("BILLING", "SIMPLE").put("channel", "ONLINE_CHAT").put("customerSurname", "Race"));
        String idempotencyKey = "numbers-" + System.nanoTime();

        // one Idempotency-Key sent four times at once (the losers fail at commit), two intakes that fail, four that succeed:
        // eight through the intake's bulkhead, which takes eight at once
        List<CompletableFuture<Integer>> calls = IntStream.range(0, 10).mapToObj(i -> CompletableFuture.supplyAsync(() -> switch (i % 5) {
            case 0, 1 -> ChannelIntakeIT.send(desk, ChannelIntakeIT.INTAKE, key, idempotencyKey, chat).statusCode();
            case 2 -> admin.postJson("/api/test-fixtures/transaction/intake-then-fail", "").statusCode();
            case 3 -> api.tryLog("agent1", newComplaint("BILLING", "SIMPLE")).statusCode();
            default -> api.tryLog("agent2", newComplaint("BILLING", "COMPLEX")).statusCode();
        })).toList();
        List<Integer> statuses = calls.stream().map(CompletableFuture::join).toList();

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses.stream().filter(status -> status == 409)).hasSize(2);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode account = numbers(start);
            assertThat(account.path("unaccounted").asLong()).as(account.toString()).isZero();
            assertThat(account.path("missing").asLong()).as(account.toString()).isGreaterThanOrEqualTo(2);
            assertThat(elements(account.path("listed"))).allSatisfy(m -> assertThat(text(m, "fate")).isEqualTo("ROLLED_BACK"));
        });
        HttpResponse<String> one = ChannelIntakeIT.send(desk, ChannelIntakeIT.INTAKE, key, idempotencyKey, chat);
        assertStatus(one, 201);
        assertThat(one.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }
}
