package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.encode;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.text;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Recompute: the SLA figures re-derived from the hash-chained history alone agree with the stored ones for complaints
 * the desk handled (a pause and a resume included), and a row changed behind the desk's back, a rating included,
 * shows as a difference although the history chain itself stays intact; a period's compliance counts are re-derived
 * from the histories, and a count or an agent changed behind the desk's back shows, on the API and the dashboard.
 */
class RecomputeIT {

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();
    private final ComplaintApi api = new ComplaintApi(desk);

    private JsonNode recompute(String number) {
        return json(api.get("auditor1", "/api/audit/complaints/" + number + "/recompute"));
    }

    @Test
    void aRatingChangedBehindTheDesksBackIsFoundThoughTheChainIsIntact() {
        Instant from = Instant.now().minusSeconds(1);
        String number = api.logResolvedOnSpot("agent1", "BILLING");
        assertStatus(api.tryRate("agent1", number, 1), 200);
        assertThat(recompute(number).path("agrees").asBoolean()).as("%s", recompute(number)).isTrue();

        TestDatabase.execute(db, "update complaint set rating = 2 where number = ?", number);
        JsonNode found = recompute(number);
        assertThat(found.path("agrees").asBoolean()).isFalse();
        assertThat(found.path("differences")).hasSize(1);
        JsonNode difference = found.path("differences").get(0);
        assertThat(text(difference, "field")).isEqualTo("rating");
        assertThat(text(difference, "stored")).isEqualTo("2");
        assertThat(text(difference, "derived")).isEqualTo("1");
        assertThat(json(api.get("auditor1", "/api/audit/complaints/" + number + "/verify")).path("intact").asBoolean())
                .as("the chain alone does not see it").isTrue();

        JsonNode period = json(api.get("auditor1", "/api/audit/recompute?from=" + encode(from.toString()) + "&to="
                + encode(Instant.now().plus(1, ChronoUnit.DAYS).toString())));
        assertThat(period.path("differences").toString()).contains(number, "rating");
        try (Browser auditor = new Browser(desk).login("auditor1", "demo")) {
            auditor.open("/audit/complaint.xhtml?number=" + number);
            assertThat(auditor.byId("recompute").getText()).contains("does not bear out");
            assertThat(auditor.byId("differences").getText()).contains("rating", "2", "1");
        }
        assertProblem(api.get("agent1", "/api/audit/complaints/" + number + "/recompute"), 403, null);
        assertProblem(api.get("auditor1", "/api/audit/complaints/C-19990101-0001/recompute"), 404, null);
    }

    @Test
    void aDeadlineMovedBehindTheDesksBackIsFoundAndAPauseIsNot() {
        String number = api.logAwaitingReply("agent2", "BILLING", "COMPLEX");
        assertStatus(api.as("agent2").postJson("/api/complaints/" + number + "/pause", "{\"reason\": \"DOCUMENTS_REQUESTED\"}"), 200);
        assertStatus(api.as("agent2").postJson("/api/complaints/" + number + "/resume", "{\"how\": \"RESUMED\"}"), 200);
        api.complete("agent2", number, "task_reply", ComplaintApi.reply("The refund is booked."));
        assertThat(recompute(number).path("agrees").asBoolean()).as("%s", recompute(number)).isTrue();

        TestDatabase.execute(db, "update complaint set reply_deadline = reply_deadline + interval '1 hour' where number = ?", number);
        assertThat(recompute(number).path("differences").findValuesAsString("field")).containsExactly("replyDeadline");
    }

    private JsonNode recomputeToday() {
        Instant now = Instant.now();
        return json(api.get("auditor1", "/api/audit/recompute?from=" + encode(now.minusSeconds(60).toString()) + "&to="
                + encode(now.plusSeconds(60).toString())));
    }

    /** How far the stored count runs ahead of the histories' for a day, dimension value and count (0: they agree). */
    private static long drift(JsonNode found, String dimension, String value, String count) {
        long drift = 0;
        for (JsonNode d : found.path("countDifferences")) {
            if (text(d, "dimension").equals(dimension) && text(d, "value").equals(value) && text(d, "count").equals(count)) {
                drift += d.path("stored").asLong() - d.path("derived").asLong();
            }
        }
        return drift;
    }

    @Test
    void aPeriodsCountsAreReDerivedAndACountOrAnAgentChangedBehindTheDesksBackIsFound() {
        String number = api.logAwaitingReply("agent1", "DELIVERY", "SIMPLE");
        api.complete("agent1", number, "task_reply", ComplaintApi.reply("The parcel is on its way."));
        JsonNode before = recomputeToday();
        assertThat(before.path("complaints").asInt()).isPositive();
        assertThat(before.path("differences").toString()).doesNotContain(number);
        String day = text(before, "lastDay");
        long metBefore = drift(before, "AGENT", "agent1", "met");
        long breachedBefore = drift(before, "AGENT", "agent1", "breached");

        // a met reply counted as breached, and the complaint given to another agent, neither through the desk
        String shift = "insert into compliance_delta (summary_day, dimension, dim_value, total, replied, met, breached)"
                + " values (cast(? as date), 'AGENT', 'agent1', 0, 0, ?, ?)";
        TestDatabase.execute(db, shift, day, -1, 1);
        TestDatabase.execute(db, "update complaint set logging_agent = 'agent2' where number = ?", number);
        try {
            JsonNode after = recomputeToday();
            assertThat(after.path("agrees").asBoolean()).isFalse();
            assertThat(drift(after, "AGENT", "agent1", "met")).isEqualTo(metBefore - 1);
            assertThat(drift(after, "AGENT", "agent1", "breached")).isEqualTo(breachedBefore + 1);
            JsonNode moved = after.path("differences").findParents("number").stream()
                    .filter(d -> text(d, "number").equals(number)).findFirst().orElseThrow();
            assertThat(List.of(text(moved, "field"), text(moved, "stored"), text(moved, "derived")))
                    .containsExactly("loggingAgent", "agent2", "agent1");

            try (Browser auditor = new Browser(desk).login("auditor1", "demo")) {
                auditor.open("/audit/index.xhtml");
                auditor.click("auditForm:recompute");
                assertThat(auditor.byId("recomputeResult").getText()).contains("do not bear out");
                assertThat(auditor.byId("recomputeDifferences").getText()).contains(number, "loggingAgent", "agent2");
                assertThat(auditor.byId("countDifferences").getText()).contains("Agent agent1", "Met");
            }
        } finally {
            TestDatabase.execute(db, shift, day, 1, -1);
            TestDatabase.execute(db, "update complaint set logging_agent = 'agent1' where number = ?", number);
        }
        assertThat(drift(recomputeToday(), "AGENT", "agent1", "met")).isEqualTo(metBefore);
        assertProblem(api.get("auditor1", "/api/audit/recompute?from=2026-01-01T00:00:00Z&to=2026-03-01T00:00:00Z"), 400, "to");
    }
}
