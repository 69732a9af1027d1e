package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.complaintdesk.it.support.ComplaintApi.apology;
import static org.complaintdesk.it.support.ComplaintApi.between;
import static org.complaintdesk.it.support.ComplaintApi.elements;
import static org.complaintdesk.it.support.ComplaintApi.encode;
import static org.complaintdesk.it.support.ComplaintApi.handBack;
import static org.complaintdesk.it.support.ComplaintApi.instant;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.newComplaint;
import static org.complaintdesk.it.support.ComplaintApi.replied;
import static org.complaintdesk.it.support.ComplaintApi.reply;
import static org.complaintdesk.it.support.ComplaintApi.text;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DueTimers;
import org.complaintdesk.it.support.SharedDesk;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A complaint's way through the desk by the JSON API (docs/API.md) on the real running desk: intake,
 * apology, reply, escalation, hand-back, reclassification, harassment, suggestions, ratings and search.
 * The shared desk runs with short windows: a SIMPLE complaint is due 30 s after it is received.
 */
class ComplaintLifecycleIT {

    private static final String APOLOGISE = "task_apologiseAndRecord";
    private static final String REPLY = "task_reply";
    private static final String LEAD_HANDLE = "task_teamLeadHandle";
    private static final Duration SIMPLE_WINDOW = Duration.ofSeconds(30);
    private static final Duration COMPLEX_WINDOW = Duration.ofHours(24);
    private static final Duration TOLERANCE = Duration.ofSeconds(1);

    private final ComplaintApi api = new ComplaintApi(SharedDesk.server());

    // ---------------------------------------------------------------- (a) reply in time

    @Test
    void anAgentRepliesInTimeAndTheCustomerIsSatisfied() {
        HttpResponse<String> created = api.tryLog("agent1", newComplaint("BILLING", "SIMPLE"));
        assertThat(created.statusCode()).as(ComplaintApi.describe(created)).isEqualTo(201);
        JsonNode logged = json(created);
        String number = text(logged, "number");
        assertThat(number).matches("C-\\d{8}-\\d{4}");
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/complaints/" + number));

        Instant receivedAt = instant(logged, "receivedAt");
        assertThat(receivedAt).isCloseTo(Instant.now(), within(Duration.ofMinutes(2)));
        assertThat(numberDate(number)).isBetween(utcDate(receivedAt).minusDays(1), utcDate(receivedAt).plusDays(1));
        assertThat(text(logged, "status")).isEqualTo("OPEN");
        assertThat(text(logged, "loggingAgent")).isEqualTo("agent1");
        assertThat(text(logged, "team")).isEqualTo("NORTH");
        assertThat(text(logged, "category")).isEqualTo("BILLING");
        assertThat(text(logged, "complexity")).isEqualTo("SIMPLE");
        assertThat(text(logged, "customerSurname")).isEqualTo("Wang");
        assertThat(text(logged, "contactPhone")).isEqualTo("13800138000");
        assertThat(text(logged, "sla")).isEqualTo("PENDING");
        assertThat(logged.path("escalationLevel").asInt()).isZero();
        assertThat(logged.has("version")).isTrue();
        assertThat(text(logged, "repliedAt")).isNull();
        assertThat(text(logged, "closedAt")).isNull();
        assertDeadline(logged, SIMPLE_WINDOW);
        assertThat(text(api.complaint("agent1", number), "number")).isEqualTo(number);

        JsonNode apologiseTask = single(api.tasks(number));
        assertThat(text(apologiseTask, "key")).isEqualTo(APOLOGISE);
        assertThat(text(apologiseTask, "assignee")).isEqualTo("agent1");

        JsonNode recorded = api.complete("agent1", number, APOLOGISE, apology("SIMPLE", "NEEDS_REPLY", true));
        assertThat(text(recorded, "status")).isEqualTo("AWAITING_REPLY");
        JsonNode replyTask = single(api.tasks(number));
        assertThat(text(replyTask, "key")).isEqualTo(REPLY);
        assertThat(text(replyTask, "assignee")).isEqualTo("agent1");
        assertThat(instant(replyTask, "due")).isCloseTo(instant(logged, "replyDeadline"), within(TOLERANCE));

        JsonNode closed = api.complete("agent1", number, REPLY, reply("The second charge is refunded, reference R-77."));
        assertThat(text(closed, "status")).isEqualTo("CLOSED");
        assertThat(text(closed, "sla")).isEqualTo("MET");
        assertThat(text(closed, "reply")).isEqualTo("The second charge is refunded, reference R-77.");
        assertThat(instant(closed, "repliedAt")).isBeforeOrEqualTo(instant(closed, "replyDeadline"));
        assertThat(instant(closed, "closedAt")).isNotNull();
        JsonNode minutesLate = closed.get("minutesLate");
        assertThat(minutesLate == null || minutesLate.isNull() || minutesLate.asInt() == 0)
                .as("minutesLate of a complaint replied in time: %s", minutesLate).isTrue();
        assertThat(api.taskKeys(number)).isEmpty();

        api.rate("agent1", number, 1);
        JsonNode rated = api.complaint(number);
        assertThat(rated.path("rating").asInt()).isEqualTo(1);
        assertThat(text(rated, "status")).isEqualTo("CLOSED");
        assertThat(text(rated, "sla")).isEqualTo("MET");
        assertThat(api.taskKeys(number)).isEmpty();

        List<JsonNode> history = api.history(number);
        assertThat(history).isNotEmpty();
        assertThat(text(history.get(0), "action")).isEqualTo("LOGGED");
        assertThat(text(history.get(0), "actor")).isEqualTo("agent1");
        assertThat(history).extracting(h -> instant(h, "at")).isSorted();
    }

    // ---------------------------------------------------------------- (b) resolved on the spot

    @Test
    void aComplaintResolvedOnTheSpotIsClosedAndRated() {
        String number = api.logNumber("agent1", "DELIVERY", "SIMPLE");

        JsonNode closed = api.complete("agent1", number, APOLOGISE, apology("SIMPLE", "RESOLVED", true));

        assertThat(text(closed, "status")).isEqualTo("CLOSED");
        assertThat(text(closed, "resolution")).isEqualTo("refund booked while on the phone");
        assertThat(text(closed, "sla")).isNotIn("PENDING", "OVERDUE", "BREACHED");
        assertThat(instant(closed, "closedAt")).isNotNull();
        assertThat(api.taskKeys(number)).isEmpty();

        api.rate("agent1", number, 2);
        JsonNode rated = api.complaint(number);
        assertThat(rated.path("rating").asInt()).isEqualTo(2);
        assertThat(text(rated, "status")).isEqualTo("CLOSED");
        assertThat(api.taskKeys(number)).isEmpty();
    }

    // ---------------------------------------------------------------- (c) attitude goes to the team lead at once

    @Test
    void anAttitudeComplaintGoesToTheTeamLeadAtOnceAndOnlyToTheirTeam() {
        String number = api.logNumber("agent1", "AGENT_ATTITUDE", "SIMPLE");

        // even an agent who thinks the matter resolved must submit an attitude complaint to the team lead (§18)
        JsonNode escalated = api.complete("agent1", number, APOLOGISE, apology("SIMPLE", "RESOLVED", true));

        assertThat(text(escalated, "status")).isEqualTo("ESCALATED");
        assertThat(escalated.path("escalationLevel").asInt()).isEqualTo(1);
        JsonNode leadTask = single(api.tasks(number));
        assertThat(text(leadTask, "key")).isEqualTo(LEAD_HANDLE);
        assertThat(text(leadTask, "candidateGroup")).isEqualTo("TEAM_LEAD");
        assertThat(text(leadTask, "assignee")).isNull();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.alerts("lead1", number, "ESCALATION")).hasSize(1));
        JsonNode alert = api.alerts("lead1", number, "ESCALATION").get(0);
        assertThat(text(alert, "team")).isIn("NORTH", null);
        assertThat(alert.path("read").asBoolean()).isFalse();
        assertThat(api.alerts("lead2", number)).as("the other team's lead sees nothing of it").isEmpty();

        api.claim("lead1", number);
        assertThat(text(single(api.tasks(number)), "assignee")).isEqualTo("lead1");
        api.contact("lead1", number, "called the customer, apologised");
        assertThat(api.history(number)).anySatisfy(entry -> assertThat(text(entry, "actor")).isEqualTo("lead1"));

        JsonNode closed = api.complete("lead1", number, LEAD_HANDLE, replied("Agent E1001 has been coached; we apologise."));
        assertThat(text(closed, "status")).isEqualTo("CLOSED");
        assertThat(text(closed, "reply")).isEqualTo("Agent E1001 has been coached; we apologise.");
        assertThat(instant(closed, "repliedAt")).isNotNull();
        assertThat(api.taskKeys(number)).isEmpty();
    }

    @Test
    void anAlertIsMarkedReadForItsReaderOnly() throws Exception {
        String number = api.logEscalated("agent1", "BILLING");
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.alerts("lead1", number, "ESCALATION")).hasSize(1));
        long id = api.alerts("lead1", number, "ESCALATION").get(0).path("id").asLong();

        // the same lead in two tabs at once: both answered, the alert read once
        ExecutorService tabs = Executors.newFixedThreadPool(2);
        try {
            var first = tabs.submit(() -> api.post("lead1", "/api/alerts/" + id + "/read", ""));
            var second = tabs.submit(() -> api.post("lead1", "/api/alerts/" + id + "/read", ""));
            ComplaintApi.assertSuccess(first.get());
            ComplaintApi.assertSuccess(second.get());
        } finally {
            tabs.shutdown();
        }
        // the team leads' alert is the supervisor's too, and still unread for them
        JsonNode forSupervisor = api.alerts("supervisor1", number, "ESCALATION").stream()
                .filter(a -> a.path("id").asLong() == id).findFirst().orElseThrow();
        assertThat(forSupervisor.path("read").asBoolean()).isFalse();

        assertThat(api.alerts("lead1", number, "ESCALATION").get(0).path("read").asBoolean()).isTrue();
        HttpResponse<String> unread = api.get("lead1", "/api/alerts?unread=true");
        ComplaintApi.assertStatus(unread, 200);
        assertThat(elements(json(unread))).noneSatisfy(a -> assertThat(a.path("id").asLong()).isEqualTo(id));
    }

    // ---------------------------------------------------------------- (d) mistakes

    @Test
    void aMistakeWhoseApologyIsNotAcceptedGoesToTheTeamLead() {
        String number = api.logNumber("agent1", "AGENT_MISTAKE", "SIMPLE");

        JsonNode escalated = api.complete("agent1", number, APOLOGISE, apology("SIMPLE", "NEEDS_REPLY", false));

        assertThat(text(escalated, "status")).isEqualTo("ESCALATED");
        assertThat(api.taskKeys(number)).containsExactly(LEAD_HANDLE);
    }

    @Test
    void aMistakeWhoseApologyIsAcceptedWaitsForTheAgentsReply() {
        String number = api.logNumber("agent1", "AGENT_MISTAKE", "SIMPLE");

        JsonNode waiting = api.complete("agent1", number, APOLOGISE, apology("SIMPLE", "NEEDS_REPLY", true));

        assertThat(text(waiting, "status")).isEqualTo("AWAITING_REPLY");
        JsonNode replyTask = single(api.tasks(number));
        assertThat(text(replyTask, "key")).isEqualTo(REPLY);
        assertThat(text(replyTask, "assignee")).isEqualTo("agent1");
        api.complete("agent1", number, REPLY, reply("The wrong tariff was corrected."));
    }

    // ---------------------------------------------------------------- (e) hand back

    @Test
    void theTeamLeadHandsTheReplyBackToTheAgentWithAnInstruction() {
        String number = api.logEscalated("agent1", "BILLING");
        assertThat(api.taskKeys(number)).containsExactly(LEAD_HANDLE);
        api.claim("lead1", number);

        api.complete("lead1", number, LEAD_HANDLE, handBack("call her back with the refund number"));

        JsonNode instructed = single(api.tasks(number));
        assertThat(text(instructed, "key")).isEqualTo("task_replyAsInstructed");
        assertThat(text(instructed, "assignee")).isEqualTo("agent1");
        assertThat(text(api.complaint(number), "status")).isNotEqualTo("CLOSED");

        JsonNode closed = api.complete("agent1", number, "task_replyAsInstructed", reply("Your refund number is R-1234."));
        assertThat(text(closed, "status")).isEqualTo("CLOSED");
        assertThat(text(closed, "reply")).isEqualTo("Your refund number is R-1234.");
        assertThat(api.taskKeys(number)).isEmpty();
    }

    // ---------------------------------------------------------------- (f) reclassify

    @Test
    void aTeamLeadReclassifiesAComplaintAsComplexWithAReason() {
        String number = api.logAwaitingReply("agent1", "PRODUCT_OR_SERVICE_FAULT", "SIMPLE");
        JsonNode before = api.complaint(number);
        assertDeadline(before, SIMPLE_WINDOW);
        String reason = "needs the billing system " + number;

        HttpResponse<String> response = api.tryReclassify("lead1", number, "COMPLEX", reason, before.path("version").asLong());

        ComplaintApi.assertSuccess(response);
        JsonNode after = api.complaint(number);
        assertThat(text(after, "complexity")).isEqualTo("COMPLEX");
        assertThat(instant(after, "receivedAt")).isEqualTo(instant(before, "receivedAt"));
        assertDeadline(after, COMPLEX_WINDOW);
        assertThat(after.path("version").asLong()).isGreaterThan(before.path("version").asLong());
        assertThat(text(after, "status")).isEqualTo("AWAITING_REPLY");
        JsonNode replyTask = single(api.tasks(number));
        assertThat(text(replyTask, "key")).isEqualTo(REPLY);
        assertThat(instant(replyTask, "due")).isCloseTo(instant(after, "replyDeadline"), within(TOLERANCE));
        assertThat(api.history(number)).anySatisfy(entry -> {
            assertThat(text(entry, "reason")).isEqualTo(reason);
            assertThat(text(entry, "actor")).isEqualTo("lead1");
        });
    }

    // ---------------------------------------------------------------- (g) harassment and suggestions

    @Test
    void aHarassmentCallIsClosedAndReportedToTheTeamLead() {
        String number = api.logNumber("agent1", "HARASSMENT", "SIMPLE");

        JsonNode closed = api.complaint(number);
        assertThat(text(closed, "status")).isEqualTo("CLOSED");
        assertThat(text(closed, "sla")).isEqualTo("NOT_APPLICABLE");
        assertThat(api.taskKeys(number)).isEmpty();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.alerts("lead1", number, "HARASSMENT_REPORTED")).hasSize(1));
        assertThat(api.alerts("lead2", number)).isEmpty();
    }

    @Test
    void aSuggestionIsForwardedAndClosed() {
        String number = api.logNumber("agent1", "SUGGESTION", "SIMPLE");
        JsonNode forward = single(api.tasks(number));
        assertThat(text(forward, "key")).isEqualTo("task_forwardSuggestion");
        assertThat(text(forward, "assignee")).isEqualTo("agent1");

        ObjectNode body = ComplaintApi.object();
        body.put("forwardedTo", "Product department");
        body.put("note", "customer suggests a monthly statement by SMS");
        JsonNode closed = api.complete("agent1", number, "task_forwardSuggestion", body);

        assertThat(text(closed, "status")).isEqualTo("CLOSED");
        assertThat(text(closed, "sla")).isEqualTo("NOT_APPLICABLE");
        assertThat(api.taskKeys(number)).isEmpty();
    }

    // ---------------------------------------------------------------- (h) ratings 4 and 3

    @Test
    void aRatingOfFourReopensTheComplaintToTheTeamLead() {
        String number = api.logResolvedOnSpot("agent1", "BILLING");

        api.rate("agent1", number, 4);

        JsonNode reopened = api.complaint(number);
        assertThat(text(reopened, "status")).isEqualTo("REOPENED");
        assertThat(reopened.path("rating").asInt()).isEqualTo(4);
        JsonNode leadTask = single(api.tasks(number));
        assertThat(text(leadTask, "key")).isEqualTo(LEAD_HANDLE);
        assertThat(text(leadTask, "candidateGroup")).isEqualTo("TEAM_LEAD");

        api.claim("lead1", number);
        JsonNode closed = api.complete("lead1", number, LEAD_HANDLE, replied("The refund has now been paid."));
        assertThat(text(closed, "status")).isEqualTo("CLOSED");
    }

    @Test
    void aRatingOfThreeOpensAQualityReviewForTheTeamLead() {
        String number = api.logResolvedOnSpot("agent1", "BILLING");

        api.rate("agent1", number, 3);

        JsonNode rated = api.complaint(number);
        assertThat(text(rated, "status")).isEqualTo("CLOSED");
        assertThat(rated.path("rating").asInt()).isEqualTo(3);
        JsonNode review = single(api.tasks(number));
        assertThat(text(review, "key")).isEqualTo("task_qualityReview");
        assertThat(text(review, "candidateGroup")).isEqualTo("TEAM_LEAD");

        ObjectNode findings = ComplaintApi.object();
        findings.put("findings", "tone was curt; coaching booked");
        api.complete("lead1", number, "task_qualityReview", findings);
        assertThat(api.taskKeys(number)).isEmpty();
    }

    // ---------------------------------------------------------------- (i) list and search

    @Test
    void complaintsAreListedNewestFirstByStatusCategoryComplexityTeamPeriodAndOverdue() {
        String closed = api.logResolvedOnSpot("agent1", "DELIVERY");
        String complex = api.logNumber("agent1", "PRODUCT_OR_SERVICE_FAULT", "COMPLEX");
        String south = api.logNumber("agent2", "OTHER", "SIMPLE");
        String waiting = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        Instant first = instant(api.complaint(closed), "receivedAt");
        Instant last = instant(api.complaint(waiting), "receivedAt");
        String since = "from=" + encode(first.toString());
        List<String> mine = List.of(closed, complex, south, waiting);

        // status first, while the waiting complaint is still within its 30 s
        JsonNode closedOnes = api.list("auditor1", "status=CLOSED&size=200&" + since);
        assertThat(numbers(closedOnes)).contains(closed).doesNotContain(waiting, complex, south);
        assertThat(items(closedOnes)).allSatisfy(c -> assertThat(text(c, "status")).isEqualTo("CLOSED"));
        assertThat(numbers(api.list("auditor1", "status=AWAITING_REPLY&size=200&" + since))).contains(waiting).doesNotContain(closed);

        JsonNode overdueNow = api.list("auditor1", "overdue=true&size=200&" + since);
        assertThat(numbers(overdueNow)).doesNotContain(closed, complex, waiting);

        JsonNode delivery = api.list("auditor1", "category=DELIVERY&size=200&" + since);
        assertThat(numbers(delivery)).contains(closed).doesNotContain(complex, south, waiting);
        assertThat(items(delivery)).allSatisfy(c -> assertThat(text(c, "category")).isEqualTo("DELIVERY"));

        JsonNode complexOnes = api.list("auditor1", "complexity=COMPLEX&size=200&" + since);
        assertThat(numbers(complexOnes)).contains(complex).doesNotContain(closed, south, waiting);
        assertThat(items(complexOnes)).allSatisfy(c -> assertThat(text(c, "complexity")).isEqualTo("COMPLEX"));

        JsonNode southern = api.list("auditor1", "team=SOUTH&size=200&" + since);
        assertThat(numbers(southern)).contains(south).doesNotContain(closed, complex, waiting);
        assertThat(items(southern)).allSatisfy(c -> assertThat(text(c, "team")).isEqualTo("SOUTH"));

        JsonNode combined = api.list("auditor1", "status=CLOSED&category=DELIVERY&team=NORTH&size=200&" + since);
        assertThat(numbers(combined)).contains(closed);

        // the period: from inclusive, to exclusive
        JsonNode period = api.list("auditor1", since + "&to=" + encode(last.plusSeconds(1).toString()) + "&size=200");
        assertThat(numbers(period)).containsAll(mine);
        assertThat(items(period)).allSatisfy(c ->
                assertThat(instant(c, "receivedAt")).isAfterOrEqualTo(first).isBefore(last.plusSeconds(1)));
        assertThat(items(period)).extracting(c -> instant(c, "receivedAt")).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(numbers(api.list("auditor1", "from=" + encode(first.minus(Duration.ofHours(1)).toString())
                + "&to=" + encode(first.toString()) + "&size=200"))).as("to is exclusive").doesNotContain(closed);
        assertThat(numbers(api.list("auditor1", "from=" + encode(last.plusSeconds(1).toString()) + "&size=200")))
                .doesNotContainAnyElementsOf(mine);

        // paging
        JsonNode page0 = api.list("auditor1", since + "&page=0&size=2");
        JsonNode page1 = api.list("auditor1", since + "&page=1&size=2");
        assertThat(page0.path("total").asLong()).isGreaterThanOrEqualTo(4);
        assertThat(page0.path("page").asInt()).isZero();
        assertThat(page0.path("size").asInt()).isEqualTo(2);
        assertThat(items(page0)).hasSize(2);
        assertThat(page1.path("page").asInt()).isEqualTo(1);
        assertThat(items(page1)).hasSize(2);
        assertThat(numbers(page1)).doesNotContainAnyElementsOf(numbers(page0));
        Instant oldestOnPage0 = instant(items(page0).get(1), "receivedAt");
        assertThat(items(page1)).allSatisfy(c -> assertThat(instant(c, "receivedAt")).isBeforeOrEqualTo(oldestOnPage0));

        // overdue, once the waiting complaint's 30 s have passed (made to pass through its deadline and timers)
        DueTimers.replyDeadlineNow(SharedDesk.databaseUrl(), waiting);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(numbers(api.list("auditor1", "overdue=true&size=200&" + since))).contains(waiting));
        JsonNode overdue = api.list("auditor1", "overdue=true&size=200&" + since);
        assertThat(numbers(overdue)).doesNotContain(closed, complex);
        assertThat(items(overdue)).allSatisfy(c -> {
            assertThat(text(c, "sla")).isEqualTo("OVERDUE");
            assertThat(text(c, "status")).isNotEqualTo("CLOSED");
            assertThat(instant(c, "replyDeadline")).isBefore(Instant.now());
        });
    }

    // ---------------------------------------------------------------- helpers

    private static void assertDeadline(JsonNode complaint, Duration window) {
        Instant receivedAt = instant(complaint, "receivedAt");
        Instant deadline = instant(complaint, "replyDeadline");
        assertThat(between(receivedAt, deadline)).as("replyDeadline - receivedAt of %s", complaint)
                .isBetween(window.minus(TOLERANCE), window.plus(TOLERANCE));
    }

    private static JsonNode single(List<JsonNode> tasks) {
        assertThat(tasks).as("open tasks").hasSize(1);
        return tasks.get(0);
    }

    private static List<JsonNode> items(JsonNode page) {
        return elements(page.path("items"));
    }

    private static List<String> numbers(JsonNode page) {
        return items(page).stream().map(c -> text(c, "number")).toList();
    }

    private static LocalDate numberDate(String number) {
        return LocalDate.parse(number.substring(2, 10), DateTimeFormatter.BASIC_ISO_DATE);
    }

    private static LocalDate utcDate(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
