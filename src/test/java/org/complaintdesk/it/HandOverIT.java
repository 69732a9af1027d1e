package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.text;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * Hand-over on the running desk: a team lead moves an agent's open complaints to another agent of the team, the
 * process task follows, the new agent is alerted; a disabled agent's complaints are offered to the lead to move, on
 * the API and on the lead's hand-over screen.
 */
class HandOverIT {

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();
    private final ComplaintApi api = new ComplaintApi(desk);

    /** A new agent of team NORTH with the demo password (agent1's hash), made behind the desk's back. */
    private String newNorthAgent() {
        String username = "agent-h" + (System.nanoTime() % 1_000_000_000L);
        long id = 900_000L + (System.nanoTime() % 90_000L);
        TestDatabase.execute(db, "insert into desk_user (id, username, employee_number, display_name, password_hash, role, team_id,"
                + " enabled, created_at, version) select ?, ?, ?, 'Hand-over agent', password_hash, 'AGENT', team_id, true, now(), 1"
                + " from desk_user where username = 'agent1'", id, username, "H" + id);
        return username;
    }

    private HttpResponse<String> handOver(String lead, String to, String reason, String... numbers) {
        return api.as(lead).postJson("/api/handovers", "{\"numbers\": [" + String.join(", ", List.of(numbers).stream()
                .map(n -> "\"" + n + "\"").toList()) + "], \"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}");
    }

    private String assignee(String number, String taskKey) {
        return api.task(number, taskKey).map(t -> text(t, "assignee")).orElseThrow();
    }

    @Test
    void aLeadHandsAnAgentsComplaintsOverAndTheirTasksFollow() {
        String recording = api.logNumber("agent1", "BILLING", "SIMPLE");
        String awaiting = api.logAwaitingReply("agent1", "DELIVERY", "SIMPLE");
        String to = newNorthAgent();

        try (Browser newAgent = new Browser(desk).login(to, "demo")) {
            newAgent.open("/agent/work.xhtml");
            assertThat(newAgent.byId("work").getText()).doesNotContain(recording);
            HttpResponse<String> moved = handOver("lead1", to, "agent1's shift ends", recording, awaiting);
            assertStatus(moved, 200);
            assertThat(json(moved).findValuesAsString("loggingAgent")).containsOnly(to);
            // the new agent's open "My work" shows them without a reload, as their alerts arrive
            newAgent.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("workForm:work"), awaiting),
                    Duration.ofSeconds(15));
            assertThat(newAgent.byId("work").getText()).contains(recording);
        }
        assertThat(assignee(recording, "task_apologiseAndRecord")).isEqualTo(to);
        assertThat(assignee(awaiting, "task_reply")).isEqualTo(to);
        JsonNode line = api.history(awaiting).get(api.history(awaiting).size() - 1);
        assertThat(text(line, "action")).isEqualTo("HANDED_OVER");
        assertThat(text(line, "changes")).isEqualTo("from agent1 to " + to);
        assertThat(text(line, "actor")).isEqualTo("lead1");
        assertThat(api.alerts(to, awaiting, "ASSIGNED")).hasSize(1);

        // the step is the new agent's now
        assertThat(api.tryComplete("agent1", awaiting, "task_reply", ComplaintApi.reply("refunded")).statusCode()).isEqualTo(403);
        api.complete(to, awaiting, "task_reply", ComplaintApi.reply("Refunded; you will see it within 3 days"));
        assertThat(text(api.complaint(awaiting), "sla")).isEqualTo("MET");
        assertThat(json(api.get("auditor1", "/api/audit/complaints/" + awaiting + "/verify")).path("intact").asBoolean()).isTrue();
    }

    @Test
    void badHandOversAreRefusedAndMoveNothing() {
        String open = api.logNumber("agent1", "BILLING", "SIMPLE");
        String closed = api.logResolvedOnSpot("agent1", "BILLING");
        String to = newNorthAgent();

        assertProblem(handOver("lead1", to, "shift end", open, closed), 409, null);
        assertProblem(handOver("lead2", to, "shift end", open), 403, null);
        assertProblem(handOver("lead1", "agent2", "shift end", open), 400, "to");
        assertProblem(handOver("lead1", "lead1", "shift end", open), 400, "to");
        assertProblem(handOver("lead1", to, " ", open), 400, "reason");
        assertProblem(handOver("lead1", to, "shift end"), 400, "numbers");
        assertProblem(handOver("lead1", to, "shift end", "C-19990101-0001"), 404, null);
        assertProblem(handOver("agent1", to, "shift end", open), 403, null);
        assertProblem(handOver("lead1", "agent1", "shift end", open), 409, null);
        assertThat(text(api.complaint(open), "loggingAgent")).as("all or nothing").isEqualTo("agent1");
        assertThat(assignee(open, "task_apologiseAndRecord")).isEqualTo("agent1");
    }

    @Test
    void aDisabledAgentsComplaintsAreOfferedToTheLeadToMove() {
        String leaver = newNorthAgent();
        String number = api.logNumber("agent1", "BILLING", "SIMPLE");
        assertStatus(handOver("lead1", leaver, "new starter", number), 200);
        TestDatabase.execute(db, "update desk_user set enabled = false where username = ?", leaver);

        JsonNode holdings = json(api.get("lead1", "/api/handovers"));
        JsonNode held = null;
        for (JsonNode holding : holdings) {
            if (text(holding, "agent").equals(leaver)) {
                held = holding;
            }
        }
        assertThat(held).as("the leaver's complaints are offered").isNotNull();
        assertThat(held.path("enabled").asBoolean()).isFalse();
        assertThat(held.path("numbers").toString()).contains(number);
        assertProblem(api.get("lead2", "/api/handovers?team=NORTH"), 403, null);

        // the lead moves it on the hand-over screen
        try (Browser lead = new Browser(desk).login("lead1", "demo")) {
            lead.open("/lead/handover.xhtml");
            assertThat(lead.byId("handOverForm:stranded").getText()).contains("switched off");
            By row = By.xpath("//tr[@data-number='" + number + "']");
            assertThat(lead.find(row).getText()).contains(leaver, "account switched off");
            lead.select("handOverForm:to", "agent1");
            lead.type("handOverForm:reason", leaver + " left");
            lead.click("handOverForm:handOver");
            // the page comes back after the post: wait for its message rather than read the old page's
            lead.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("handOverForm:messages"), "Tick the complaints"));
            assertThat(text(api.complaint(number), "loggingAgent")).as("nothing ticked, nothing moved").isEqualTo(leaver);

            lead.click(By.xpath("//tr[@data-number='" + number + "']//input[@type='checkbox']"));
            lead.click("handOverForm:handOver");
            lead.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("handOverForm:messages"), "handed over"));
            assertThat(lead.find(row).getText()).contains("agent1").doesNotContain(leaver);
        }
        assertThat(assignee(number, "task_apologiseAndRecord")).isEqualTo("agent1");
        JsonNode line = api.history(number).get(api.history(number).size() - 1);
        assertThat(List.of(text(line, "action"), text(line, "changes"), text(line, "reason")))
                .containsExactly("HANDED_OVER", "from " + leaver + " to agent1", leaver + " left");
    }

    @Test
    void handOversOfOneComplaintThatMeetTakeTurns() throws Exception {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        List<String> agents = List.of(newNorthAgent(), newNorthAgent());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> {
                start.await();
                return handOver("lead1", agents.get(0), "overload", number).statusCode();
            }));
            answers.add(pool.submit(() -> {
                start.await();
                return handOver("supervisor1", agents.get(1), "overload", number).statusCode();
            }));
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        String holder = text(api.complaint(number), "loggingAgent");
        assertThat(holder).isIn(agents);
        assertThat(assignee(number, "task_reply")).as("record and task agree").isEqualTo(holder);
        assertThat(api.history(number).stream().filter(h -> text(h, "action").equals("HANDED_OVER")).count()).isEqualTo(2);
    }
}
