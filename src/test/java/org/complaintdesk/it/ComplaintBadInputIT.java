package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.it.support.ComplaintApi.apology;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.newComplaint;
import static org.complaintdesk.it.support.ComplaintApi.replied;
import static org.complaintdesk.it.support.ComplaintApi.reply;
import static org.complaintdesk.it.support.ComplaintApi.text;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bad input, wrong callers and steps out of turn on the real desk: each gets a 4xx application/problem+json
 * answer that names the field or the reason, and nothing changes (docs/API.md: "Nothing changes when an
 * error is answered").
 */
class ComplaintBadInputIT {

    private static final String UNKNOWN = "C-19990101-9999";
    private static final String COMPLAINTS = "select count(*) from complaint";
    private static final String PROCESSES = "select count(*) from act_ru_execution"
            + " where parent_id_ is null and proc_def_id_ like 'complaintHandling:%'";
    private static final String MISSING = "<missing>";

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();
    private final ComplaintApi api = new ComplaintApi(desk);

    // ---------------------------------------------------------------- intake

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(nullValues = "<null>", value = {
        "contactPhone, <missing>",
        "contactPhone, ''",
        "contactPhone, <null>",
        "contactPhone, call me later",
        "contactPhone, 1234",
        "contactPhone, 123456789012345678901",
        "category, PARKING",
        "category, <missing>",
        "channel, FAX",
        "channel, <missing>",
        "complexity, URGENT",
        "complexity, <missing>",
        "customerSurname, <missing>",
        "customerSurname, ''",
        "customerAccount, <missing>",
        "complainedEmployeeNumber, Agent Smith"})
    void anInvalidComplaintIsRefusedNamingTheFieldAndNothingIsSaved(String field, String value) {
        ObjectNode body = newComplaint("BILLING", "SIMPLE");
        if (MISSING.equals(value)) {
            body.remove(field);
        } else if (value == null) {
            body.putNull(field);
        } else {
            body.put(field, value);
        }

        assertNothingSaved(() -> assertProblem(api.tryLog("agent1", body), 400, field));
    }

    @ParameterizedTest(name = "body: {0}")
    @ValueSource(strings = {"{\"channel\": \"PHONE\", \"customerSurname\": ", "not json at all", "", "[]", "null", "\"a text\"", "42", "true"})
    void aMalformedOrEmptyBodyIsRefused(String body) {
        assertNothingSaved(() -> assertProblem(api.tryLog("agent1", body), 400, null));
    }

    @Test
    void controlCharactersInATextAreRefusedNamingTheField() {
        for (String bad : new String[] {"Li\u0000", "\u001b[2JLi", "Li\u0007", "Li\u2028Lei"}) {
            ObjectNode body = newComplaint("BILLING", "SIMPLE");
            body.put("customerSurname", bad);
            assertNothingSaved(() -> assertProblem(api.tryLog("agent1", body), 400, "customerSurname"));
        }
        ObjectNode lines = newComplaint("BILLING", "SIMPLE");
        lines.put("customerAccount", "charged twice\r\nthen\tonce more");
        assertStatus(api.tryLog("agent1", lines), 201);
    }

    @Test
    void queryParametersOutOfRangeAreRefusedNotA500() {
        assertProblem(api.get("auditor1", "/api/complaints?page=2147483647&size=200"), 400, "page");
        assertProblem(api.get("auditor1", "/api/audit/breaches?page=2147483647&size=200"), 400, "page");
        assertProblem(api.get("auditor1", "/api/audit/compliance?by="), 400, "by");
        assertProblem(api.get("auditor1", "/api/audit/compliance?by=team&from=%2B1000000000-01-01T00:00:00Z"), 400, "from");
        assertProblem(api.get("auditor1", "/api/complaints?from=-999999-01-01T00:00:00Z"), 400, "from");
        assertStatus(api.get("auditor1", "/api/complaints?page=3&size=200"), 200);
    }

    @Test
    void aBodyThatIsNotUtf8JsonIsRefusedNotMisread() {
        DeskClient agent = new DeskClient(desk).basic("agent1", "demo");
        String body = """
                {"channel": "PHONE", "customerSurname": "Müller", "contactPhone": "13800138000", "category": "BILLING",
                 "complexity": "SIMPLE", "customerAccount": "charged twice"}""";
        assertNothingSaved(() -> {
            HttpResponse<String> latin1 = agent.postBytes("/api/complaints", "application/json; charset=ISO-8859-1",
                    body.getBytes(StandardCharsets.ISO_8859_1));
            assertStatus(latin1, 415);
            assertThat(latin1.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertStatus(agent.postBytes("/api/complaints", "application/json", body.getBytes(StandardCharsets.ISO_8859_1)), 400);
            byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[utf8.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(utf8, 0, withBom, 3, utf8.length);
            HttpResponse<String> bom = agent.postBytes("/api/complaints", "application/json", withBom);
            assertStatus(bom, 400);
            assertThat(bom.body()).contains("byte-order mark");
        });
        HttpResponse<String> utf8 = agent.postBytes("/api/complaints", "application/json; charset=UTF-8", body.getBytes(StandardCharsets.UTF_8));
        assertStatus(utf8, 201);
        assertThat(utf8.body()).contains("Müller");
    }

    @Test
    void aBodyWithAKeyTwiceOrNestedTooDeepIsRefused() {
        String valid = ComplaintApi.write(newComplaint("BILLING", "SIMPLE"));
        String twice = valid.replaceFirst("\\{", "{\"category\": \"DELIVERY\", ");
        assertNothingSaved(() -> assertProblem(api.tryLog("agent1", twice), 400, "body"));
        String deepArrays = "[".repeat(20_000) + "]".repeat(20_000);
        assertNothingSaved(() -> assertProblem(api.tryLog("agent1", deepArrays), 400, null));
        String deepObjects = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        assertNothingSaved(() -> assertProblem(api.tryLog("agent1", deepObjects), 400, null));
    }

    @Test
    void anAuditorOrAdministratorMayNotLogAComplaint() {
        assertNothingSaved(() -> {
            assertProblem(api.tryLog("auditor1", newComplaint("BILLING", "SIMPLE")), 403, null);
            assertProblem(api.tryLog("admin", newComplaint("BILLING", "SIMPLE")), 403, null);
            HttpResponse<String> anonymous = new DeskClient(desk).postJson("/api/complaints",
                    ComplaintApi.write(newComplaint("BILLING", "SIMPLE")));
            assertThat(anonymous.statusCode()).isEqualTo(401);
        });
    }

    @Test
    void markupInATextIsStoredAndAnsweredVerbatim() {
        String markup = "<script>alert(1)</script> & \"quotes\" 'single'";
        ObjectNode body = newComplaint("BILLING", "SIMPLE");
        body.put("customerAccount", markup);

        HttpResponse<String> created = api.tryLog("agent1", body);

        ComplaintApi.assertStatus(created, 201);
        assertThat(text(json(created), "customerAccount")).isEqualTo(markup);
        String number = text(json(created), "number");
        HttpResponse<String> read = api.get("agent1", "/api/complaints/" + number);
        ComplaintApi.assertStatus(read, 200);
        assertThat(read.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(text(json(read), "customerAccount")).isEqualTo(markup);
        assertThat(read.body()).doesNotContain("&lt;", "&gt;", "&amp;", "&quot;", "&#");
    }

    // ---------------------------------------------------------------- unknown things

    @Test
    void anUnknownComplaintNumberIsNotFound() {
        assertProblem(api.get("agent1", "/api/complaints/" + UNKNOWN), 404, null);
        assertProblem(api.get("agent1", "/api/complaints/" + UNKNOWN + "/tasks"), 404, null);
        assertProblem(api.get("agent1", "/api/complaints/" + UNKNOWN + "/history"), 404, null);
        assertProblem(api.tryRate("agent1", UNKNOWN, 1), 404, null);
        assertProblem(api.tryComplete("agent1", UNKNOWN, "task_reply", reply("hello")), 404, null);
        assertProblem(api.tryClaim("lead1", UNKNOWN), 404, null);
    }

    @Test
    void anUnknownAlertIsNotFound() {
        assertProblem(api.post("agent1", "/api/alerts/987654321/read", ""), 404, null);
    }

    // ---------------------------------------------------------------- ratings

    @Test
    void aRatingOutsideOneToFourIsRefusedAndTheRatingWaitStaysOpen() {
        String number = api.logResolvedOnSpot("agent1", "BILLING");
        long version = version(number);

        assertProblem(api.tryRate("agent1", number, 7), 400, "rating");
        assertProblem(api.tryRate("agent1", number, 0), 400, "rating");
        assertProblem(api.post("agent1", "/api/complaints/" + number + "/rating", "{}"), 400, "rating");
        // 2^32 + 4 once wrapped to the rating 4 (not solved) and reopened the complaint
        assertProblem(api.tryRate("agent1", number, 4294967300L), 400, "rating");

        JsonNode unchanged = api.complaint(number);
        assertThat(unrated(unchanged)).as("rating of %s", unchanged).isTrue();
        assertThat(unchanged.path("version").asLong()).isEqualTo(version);
        api.rate("agent1", number, 1);
        assertThat(api.complaint(number).path("rating").asInt()).isEqualTo(1);
    }

    @Test
    void aRatingIsRefusedWhenTheComplaintIsNotWaitingForOne() {
        String waiting = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        assertProblem(api.tryRate("agent1", waiting, 1), 409, null);
        assertThat(text(api.complaint(waiting), "status")).isEqualTo("AWAITING_REPLY");
        assertThat(api.taskKeys(waiting)).containsExactly("task_reply");

        String rated = api.logResolvedOnSpot("agent1", "BILLING");
        api.rate("agent1", rated, 1);
        assertProblem(api.tryRate("agent1", rated, 4), 409, null);
        assertThat(text(api.complaint(rated), "status")).isEqualTo("CLOSED");
        assertThat(api.complaint(rated).path("rating").asInt()).isEqualTo(1);

        String harassment = api.logNumber("agent1", "HARASSMENT", "SIMPLE");
        assertProblem(api.tryRate("agent1", harassment, 1), 409, null);
    }

    @Test
    void anAuditorMayNotRate() {
        String number = api.logResolvedOnSpot("agent1", "BILLING");
        assertProblem(api.tryRate("auditor1", number, 1), 403, null);
        assertThat(unrated(api.complaint(number))).isTrue();
    }

    // ---------------------------------------------------------------- steps out of turn

    @Test
    void aStepCompletedTwiceIsAConflictTheSecondTime() {
        String number = api.logNumber("agent1", "BILLING", "SIMPLE");
        api.complete("agent1", number, "task_apologiseAndRecord", apology("SIMPLE", "NEEDS_REPLY", true));
        JsonNode before = api.complaint(number);

        assertProblem(api.tryComplete("agent1", number, "task_apologiseAndRecord", apology("SIMPLE", "RESOLVED", true)), 409, null);

        JsonNode after = api.complaint(number);
        assertThat(text(after, "status")).isEqualTo("AWAITING_REPLY");
        assertThat(after.path("version").asLong()).isEqualTo(before.path("version").asLong());
        assertThat(api.taskKeys(number)).containsExactly("task_reply");

        api.complete("agent1", number, "task_reply", reply("done"));
        assertProblem(api.tryComplete("agent1", number, "task_reply", reply("done again")), 409, null);
        assertThat(text(api.complaint(number), "reply")).isEqualTo("done");
    }

    @Test
    void aStepThatIsNotOpenYetIsAConflict() {
        String number = api.logNumber("agent1", "BILLING", "SIMPLE");
        assertProblem(api.tryComplete("agent1", number, "task_reply", reply("too early")), 409, null);
        assertThat(text(api.complaint(number), "status")).isEqualTo("OPEN");
        assertThat(api.taskKeys(number)).containsExactly("task_apologiseAndRecord");
    }

    @Test
    void anInvalidStepBodyIsRefusedAndTheStepStaysOpen() {
        String number = api.logNumber("agent1", "BILLING", "SIMPLE");
        ObjectNode noResolution = apology("SIMPLE", "RESOLVED", true);
        noResolution.remove("resolution");

        assertProblem(api.tryComplete("agent1", number, "task_apologiseAndRecord", noResolution), 400, "resolution");
        ObjectNode badOutcome = apology("SIMPLE", "SHRUG", true);
        assertProblem(api.tryComplete("agent1", number, "task_apologiseAndRecord", badOutcome), 400, "outcome");
        assertProblem(api.tryComplete("agent1", number, "task_apologiseAndRecord", "{\"outcome\": "), 400, null);
        // resolved on the spot closes the complaint as met: only after the apology, with the complaint restated
        ObjectNode noApology = apology("SIMPLE", "RESOLVED", false);
        noApology.put("apologyOffered", false);
        assertProblem(api.tryComplete("agent1", number, "task_apologiseAndRecord", noApology), 400, "apologyOffered");
        ObjectNode notRestated = apology("SIMPLE", "RESOLVED", true);
        notRestated.remove("restatement");
        assertProblem(api.tryComplete("agent1", number, "task_apologiseAndRecord", notRestated), 400, "restatement");
        ObjectNode acceptedUnoffered = apology("SIMPLE", "NEEDS_REPLY", true);
        acceptedUnoffered.put("apologyOffered", false);
        assertProblem(api.tryComplete("agent1", number, "task_apologiseAndRecord", acceptedUnoffered), 400, "apologyAccepted");

        assertThat(text(api.complaint(number), "status")).isEqualTo("OPEN");
        assertThat(api.taskKeys(number)).containsExactly("task_apologiseAndRecord");
        api.complete("agent1", number, "task_apologiseAndRecord", apology("SIMPLE", "NEEDS_REPLY", true));
    }

    // ---------------------------------------------------------------- who may act

    @Test
    void onlyTheLoggingAgentMayReply() {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        long version = version(number);

        assertProblem(api.tryComplete("auditor1", number, "task_reply", reply("auditor")), 403, null);
        assertProblem(api.tryComplete("agent2", number, "task_reply", reply("other team")), 403, null);
        assertProblem(api.tryComplete("admin", number, "task_reply", reply("admin")), 403, null);

        assertThat(version(number)).isEqualTo(version);
        assertThat(api.taskKeys(number)).containsExactly("task_reply");
        JsonNode closed = api.complete("agent1", number, "task_reply", reply("the logging agent"));
        assertThat(text(closed, "reply")).isEqualTo("the logging agent");
    }

    @Test
    void anAgentMayNotHandleAnEscalation() {
        String number = api.logEscalated("agent1", "BILLING");
        long version = version(number);

        assertProblem(api.tryComplete("agent1", number, "task_teamLeadHandle", replied("agent")), 403, null);
        assertProblem(api.tryClaim("agent1", number), 403, null);
        assertProblem(api.tryContact("agent1", number, "agent called"), 403, null);
        assertProblem(api.tryClaim("auditor1", number), 403, null);
        assertProblem(api.tryReclassify("agent1", number, "COMPLEX", "agent thinks so", version), 403, null);

        assertThat(version(number)).isEqualTo(version);
        JsonNode task = api.task(number, "task_teamLeadHandle").orElseThrow();
        assertThat(text(task, "assignee")).isNull();
        assertThat(text(api.complaint(number), "complexity")).isEqualTo("SIMPLE");
    }

    @Test
    void aTeamLeadMayNotActOnAnotherTeamsEscalation() {
        String number = api.logEscalated("agent1", "BILLING");
        JsonNode before = api.complaint(number);
        long version = before.path("version").asLong();
        int historyBefore = api.history(number).size();

        assertProblem(api.tryClaim("lead2", number), 403, null);
        assertProblem(api.tryContact("lead2", number, "called from SOUTH"), 403, null);
        assertProblem(api.tryComplete("lead2", number, "task_teamLeadHandle", replied("from SOUTH")), 403, null);
        assertProblem(api.tryComplete("lead2", number, "task_teamLeadHandle", ComplaintApi.handBack("from SOUTH")), 403, null);
        assertProblem(api.tryReclassify("lead2", number, "COMPLEX", "from SOUTH", version), 403, null);

        JsonNode after = api.complaint(number);
        assertThat(after.path("version").asLong()).isEqualTo(version);
        assertThat(text(after, "status")).isEqualTo("ESCALATED");
        assertThat(text(after, "complexity")).isEqualTo("SIMPLE");
        assertThat(api.history(number)).hasSize(historyBefore);
        List<JsonNode> tasks = api.tasks(number);
        assertThat(tasks).hasSize(1);
        assertThat(text(tasks.get(0), "key")).isEqualTo("task_teamLeadHandle");
        assertThat(text(tasks.get(0), "assignee")).isNull();

        api.claim("lead1", number);
        api.complete("lead1", number, "task_teamLeadHandle", replied("from NORTH"));
    }

    // ---------------------------------------------------------------- concurrent change

    @Test
    void aReclassificationWithAStaleVersionIsAConflict() {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        JsonNode original = api.complaint(number);
        long staleVersion = original.path("version").asLong();
        ComplaintApi.assertSuccess(api.tryReclassify("lead1", number, "COMPLEX", "needs the billing system", staleVersion));
        JsonNode reclassified = api.complaint(number);
        int historyBefore = api.history(number).size();

        assertProblem(api.tryReclassify("lead1", number, "SIMPLE", "changed my mind", staleVersion), 409, null);

        JsonNode after = api.complaint(number);
        assertThat(text(after, "complexity")).isEqualTo("COMPLEX");
        assertThat(text(after, "replyDeadline")).isEqualTo(text(reclassified, "replyDeadline"));
        assertThat(after.path("version").asLong()).isEqualTo(reclassified.path("version").asLong());
        assertThat(api.history(number)).hasSize(historyBefore);
    }

    // ---------------------------------------------------------------- helpers

    private static boolean unrated(JsonNode complaint) {
        return complaint.path("rating").isNull() || complaint.path("rating").isMissingNode();
    }

    private long version(String number) {
        return api.complaint(number).path("version").asLong();
    }

    /** Runs the refused calls and checks that no complaint and no process instance came of them. */
    private void assertNothingSaved(Runnable refusedCalls) {
        long complaints = TestDatabase.count(db, COMPLAINTS);
        long processes = TestDatabase.count(db, PROCESSES);
        refusedCalls.run();
        assertThat(TestDatabase.count(db, COMPLAINTS)).as("complaints").isEqualTo(complaints);
        assertThat(TestDatabase.count(db, PROCESSES)).as("complaint processes").isEqualTo(processes);
    }
}
