package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.it.support.ComplaintApi.apology;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.elements;
import static org.complaintdesk.it.support.ComplaintApi.encode;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.newComplaint;
import static org.complaintdesk.it.support.ComplaintApi.replied;
import static org.complaintdesk.it.support.ComplaintApi.reply;
import static org.complaintdesk.it.support.ComplaintApi.text;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The auditor (DOMAIN.md: "reads everything, changes nothing") on the real running desk: every read of the
 * complaint and audit API answers 200, every write answers 403 and changes nothing, and the screens of the
 * other roles are closed to them. The complaints used are COMPLEX (due in 24 h) or closed and waiting for a
 * rating (1 h), so that no timer changes them while the test looks.
 */
class ReadOnlyAuditorIT {

    private static final String AUDITOR = "auditor1";
    private static final List<String> TASK_KEYS = List.of("task_apologiseAndRecord", "task_forwardSuggestion", "task_reply",
            "task_replyAsInstructed", "task_teamLeadHandle", "task_supervisorHandle", "task_qualityReview");

    private final DeskServer desk = SharedDesk.server();
    private final ComplaintApi api = new ComplaintApi(desk);

    @Test
    void theAuditorReadsEverything() {
        String number = api.logAwaitingReply("agent1", "BILLING", "COMPLEX");
        String closed = api.logResolvedOnSpot("agent2", "DELIVERY");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String period = "from=" + encode(now.minus(java.time.Duration.ofDays(1)).toString())
                + "&to=" + encode(now.plus(java.time.Duration.ofMinutes(1)).toString());

        JsonNode list = read("/api/complaints?size=200&" + period);
        assertThat(elements(list.path("items"))).extracting(c -> text(c, "number")).contains(number, closed);
        for (String n : List.of(number, closed)) {
            assertThat(text(read("/api/complaints/" + n), "number")).isEqualTo(n);
            assertThat(read("/api/complaints/" + n + "/tasks").isArray()).isTrue();
            assertThat(elements(read("/api/complaints/" + n + "/history"))).isNotEmpty();
        }
        assertThat(elements(read("/api/complaints/" + number + "/tasks"))).extracting(t -> text(t, "key")).containsExactly("task_reply");

        assertThat(text(read("/api/audit/complaints/" + number + "/sla"), "number")).isEqualTo(number);
        assertThat(elements(read("/api/audit/complaints/" + number + "/trace"))).isNotEmpty();
        assertThat(read("/api/audit/complaints/" + number + "/verify").has("intact")).isTrue();
        assertThat(read("/api/audit/verify").has("intact")).isTrue();
        for (String by : List.of("team", "agent", "category", "complexity", "channel", "day", "week", "month")) {
            assertThat(read("/api/audit/compliance?by=" + by + "&" + period).isArray()).as("by=%s", by).isTrue();
        }
        assertThat(read("/api/audit/kpis?" + period).has("handled")).isTrue();
        assertThat(read("/api/audit/breaches?" + period).has("items")).isTrue();
        for (String path : List.of("/api/audit/complaints/" + number + "/diagram",
                "/api/audit/export/compliance.csv?by=team&" + period, "/api/audit/export/breaches.csv?" + period)) {
            assertThat(api.get(AUDITOR, path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theAuditorChangesNothingByTheApi() {
        String waiting = api.logAwaitingReply("agent1", "BILLING", "COMPLEX");
        String closed = api.logResolvedOnSpot("agent1", "DELIVERY");
        Snapshot waitingBefore = snapshot(waiting);
        Snapshot closedBefore = snapshot(closed);
        long complaintRows = TestDatabase.count(SharedDesk.databaseUrl(), "select count(*) from complaint");
        long historyRows = TestDatabase.count(SharedDesk.databaseUrl(), "select count(*) from complaint_history");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        // logging
        assertProblem(api.tryLog(AUDITOR, newComplaint("BILLING", "SIMPLE")), 403, null);
        assertProblem(api.tryLog(AUDITOR, newComplaint("HARASSMENT", "SIMPLE")), 403, null);

        // every step, with a body that would be valid for it
        for (String number : List.of(waiting, closed)) {
            for (Map.Entry<String, ObjectNode> step : stepBodies().entrySet()) {
                HttpResponse<String> response = api.tryComplete(AUDITOR, number, step.getKey(), step.getValue());
                assertProblem(response, 403, null);
            }
            assertProblem(api.tryClaim(AUDITOR, number), 403, null);
            assertProblem(api.tryContact(AUDITOR, number, "the auditor called the customer"), 403, null);
            long version = api.complaint(number).path("version").asLong();
            assertProblem(api.tryReclassify(AUDITOR, number, "SIMPLE", "the auditor thinks so", version), 403, null);
            assertProblem(api.tryReclassify(AUDITOR, number, "COMPLEX", "the auditor thinks so", version), 403, null);
            for (int rating = 1; rating <= 4; rating++) {
                assertProblem(api.tryRate(AUDITOR, number, rating), 403, null);
            }
        }

        // nothing changed
        assertThat(snapshot(waiting)).isEqualTo(waitingBefore);
        assertThat(snapshot(closed)).isEqualTo(closedBefore);
        assertThat(api.taskKeys(waiting)).containsExactly("task_reply");
        assertThat(TestDatabase.count(SharedDesk.databaseUrl(), "select count(*) from complaint where logging_agent = ?", AUDITOR))
                .isZero();
        assertThat(TestDatabase.count(SharedDesk.databaseUrl(), "select count(*) from complaint_history where actor = ?", AUDITOR))
                .isZero();
        assertThat(elements(api.list(ComplaintApi.OBSERVER, "size=200&from=" + encode(start.toString())).path("items")))
                .noneSatisfy(c -> assertThat(text(c, "loggingAgent")).isEqualTo(AUDITOR));
        assertThat(TestDatabase.count(SharedDesk.databaseUrl(), "select count(*) from complaint")).isGreaterThanOrEqualTo(complaintRows);
        assertThat(TestDatabase.count(SharedDesk.databaseUrl(), "select count(*) from complaint_history")).isGreaterThanOrEqualTo(historyRows);

        // and the people who may act still can: the auditor's attempts left the steps open
        assertThat(text(api.complete("agent1", waiting, "task_reply", reply("The refund is booked.")), "status")).isEqualTo("CLOSED");
        api.rate("agent1", closed, 1);
    }

    @Test
    void theScreensOfOtherRolesAreClosedToTheAuditor() {
        String number = api.logAwaitingReply("agent1", "BILLING", "COMPLEX");
        DeskClient auditor = new DeskClient(desk);
        HttpResponse<String> login = auditor.login(AUDITOR, ComplaintApi.PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);

        for (String page : List.of("/agent/new.xhtml", "/agent/work.xhtml", "/lead/queue.xhtml", "/lead/handle.xhtml?number=" + number,
                "/supervisor/index.xhtml", "/admin/index.xhtml")) {
            HttpResponse<String> response = auditor.get(page);
            assertThat(response.statusCode()).as("%s for the auditor", page).isEqualTo(403);
            assertThat(response.body()).as(page).doesNotContain("Exception");
        }

        HttpResponse<String> complaint = auditor.get("/complaint.xhtml?number=" + number);
        assertThat(complaint.statusCode()).as("the complaint page for the auditor").isEqualTo(200);
        assertThat(complaint.body()).contains(number);
        HttpResponse<String> audit = auditor.get("/audit/index.xhtml");
        assertThat(audit.statusCode()).isEqualTo(200);
    }

    // ---------------------------------------------------------------- helpers

    /** What must not change: the version, the status, the history and the open steps. */
    private record Snapshot(long version, String status, int historyLength, List<String> openTasks) {
    }

    private Snapshot snapshot(String number) {
        JsonNode complaint = api.complaint(number);
        List<String> tasks = api.tasks(number).stream()
                .map(t -> text(t, "key") + "/" + text(t, "assignee") + "/" + text(t, "candidateGroup")).toList();
        return new Snapshot(complaint.path("version").asLong(), text(complaint, "status"), api.history(number).size(), tasks);
    }

    private JsonNode read(String path) {
        HttpResponse<String> response = api.get(AUDITOR, path);
        assertStatus(response, 200);
        return json(response);
    }

    private static Map<String, ObjectNode> stepBodies() {
        Map<String, ObjectNode> bodies = new LinkedHashMap<>();
        bodies.put("task_apologiseAndRecord", apology("COMPLEX", "NEEDS_REPLY", true));
        ObjectNode forward = ComplaintApi.object();
        forward.put("forwardedTo", "Product department");
        forward.put("note", "the auditor forwards it");
        bodies.put("task_forwardSuggestion", forward);
        bodies.put("task_reply", reply("the auditor replies"));
        bodies.put("task_replyAsInstructed", reply("the auditor replies as instructed"));
        bodies.put("task_teamLeadHandle", replied("the auditor handles it"));
        bodies.put("task_supervisorHandle", replied("the auditor handles it"));
        ObjectNode findings = ComplaintApi.object();
        findings.put("findings", "the auditor reviews it");
        bodies.put("task_qualityReview", findings);
        assertThat(bodies.keySet()).containsExactlyElementsOf(TASK_KEYS);
        return bodies;
    }
}
