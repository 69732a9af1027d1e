package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.complaintdesk.it.support.ComplaintApi.apology;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.between;
import static org.complaintdesk.it.support.ComplaintApi.elements;
import static org.complaintdesk.it.support.ComplaintApi.encode;
import static org.complaintdesk.it.support.ComplaintApi.instant;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.reply;
import static org.complaintdesk.it.support.ComplaintApi.text;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.DueTimers;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The auditor's API of docs/API.md ("## Audit") on the real running desk: the SLA record and the trace of one
 * complaint, its diagram, the tamper evidence of the hash-chained history, compliance, KPIs, breaches and the
 * CSV exports. Other test classes share the desk and its database: every figure here is either about this
 * test's own complaints or a difference measured before and after this test logs its complaints, over a
 * period [from, to) that starts just before they are logged.
 */
class AuditIT {

    private static final String AUDITOR = "auditor1";
    private static final String APOLOGISE = "task_apologiseAndRecord";
    private static final String REPLY = "task_reply";
    private static final Duration SIMPLE_WINDOW = Duration.ofSeconds(30);
    private static final Duration COMPLEX_WINDOW = Duration.ofHours(24);
    private static final Duration TOLERANCE = Duration.ofSeconds(1);
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};

    private final DeskServer desk = SharedDesk.server();
    private final ComplaintApi api = new ComplaintApi(desk);

    // ---------------------------------------------------------------- 1. the SLA record of one complaint

    @Test
    void aComplaintRepliedInTimeHasItsSlaMetAndOneInitialDeadline() {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        api.complete("agent1", number, REPLY, reply("The second charge has been refunded."));
        JsonNode complaint = api.complaint(number);

        JsonNode sla = audit("/api/audit/complaints/" + number + "/sla");

        assertThat(text(sla, "number")).isEqualTo(number);
        assertThat(text(sla, "status")).isEqualTo("CLOSED");
        assertThat(text(sla, "sla")).isEqualTo("MET");
        assertThat(instant(sla, "replyDeadline")).isCloseTo(instant(complaint, "replyDeadline"), within(TOLERANCE));
        assertThat(instant(sla, "repliedAt")).isNotNull().isBeforeOrEqualTo(instant(sla, "replyDeadline"));
        assertThat(sla.path("reopenings").asInt()).isZero();
        assertThat(elements(sla.path("escalations"))).isEmpty();
        List<JsonNode> deadlines = elements(sla.path("deadlines"));
        assertThat(deadlines).hasSize(1);
        JsonNode initial = deadlines.get(0);
        assertThat(text(initial, "reason")).isEqualTo("INITIAL");
        assertThat(text(initial, "complexity")).isEqualTo("SIMPLE");
        assertThat(text(initial, "setBy")).isEqualTo("agent1");
        assertThat(instant(initial, "deadline")).isCloseTo(instant(complaint, "replyDeadline"), within(TOLERANCE));
        assertThat(between(instant(complaint, "receivedAt"), instant(initial, "deadline")))
                .isBetween(SIMPLE_WINDOW.minus(TOLERANCE), SIMPLE_WINDOW.plus(TOLERANCE));
        assertThat(instant(initial, "setAt")).isCloseTo(instant(complaint, "receivedAt"), within(Duration.ofSeconds(5)));
    }

    @Test
    void aReclassifiedComplaintShowsTheInitialAndTheReclassifiedDeadline() {
        String number = api.logAwaitingReply("agent1", "PRODUCT_OR_SERVICE_FAULT", "SIMPLE");
        api.reclassify("lead1", number, "COMPLEX", "needs the network team " + number);
        JsonNode complaint = api.complaint(number);

        JsonNode sla = audit("/api/audit/complaints/" + number + "/sla");

        assertThat(text(sla, "sla")).isEqualTo("PENDING");
        List<JsonNode> deadlines = elements(sla.path("deadlines"));
        assertThat(deadlines).as("deadlines of %s", sla).hasSize(2);
        JsonNode initial = deadlines.get(0);
        JsonNode reclassified = deadlines.get(1);
        assertThat(text(initial, "reason")).isEqualTo("INITIAL");
        assertThat(text(initial, "complexity")).isEqualTo("SIMPLE");
        assertThat(text(initial, "setBy")).isEqualTo("agent1");
        assertThat(text(reclassified, "reason")).isEqualTo("RECLASSIFIED");
        assertThat(text(reclassified, "complexity")).isEqualTo("COMPLEX");
        assertThat(text(reclassified, "setBy")).isEqualTo("lead1");
        assertThat(instant(reclassified, "setAt")).isAfterOrEqualTo(instant(initial, "setAt"));
        assertThat(between(instant(complaint, "receivedAt"), instant(reclassified, "deadline")))
                .as("recomputed from receivedAt").isBetween(COMPLEX_WINDOW.minus(TOLERANCE), COMPLEX_WINDOW.plus(TOLERANCE));
        assertThat(instant(sla, "replyDeadline")).isCloseTo(instant(reclassified, "deadline"), within(TOLERANCE));
    }

    @Test
    void anAttitudeComplaintShowsItsImmediateEscalationToTheTeamLead() {
        String number = api.logNumber("agent1", "AGENT_ATTITUDE", "SIMPLE");
        api.complete("agent1", number, APOLOGISE, apology("SIMPLE", "NEEDS_REPLY", true));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(elements(audit("/api/audit/complaints/" + number + "/sla").path("escalations")))
                        .anySatisfy(e -> assertThat(e.path("level").asInt()).isEqualTo(1)));
        JsonNode sla = audit("/api/audit/complaints/" + number + "/sla");

        assertThat(text(sla, "status")).isEqualTo("ESCALATED");
        List<JsonNode> escalations = elements(sla.path("escalations"));
        JsonNode first = escalations.get(0);
        assertThat(first.path("level").asInt()).as("the first escalation of %s", sla).isEqualTo(1);
        assertThat(text(first, "toRole")).isEqualTo("TEAM_LEAD");
        assertThat(text(first, "team")).isEqualTo("NORTH");
        assertThat(text(first, "reason")).isEqualTo("IMMEDIATE");
        assertThat(instant(first, "escalatedAt")).isNotNull();
        assertThat(instant(first, "deadline")).isAfter(instant(first, "escalatedAt"));
        assertThat(sla.path("reopenings").asInt()).isZero();
    }

    @Test
    void aComplaintRatedFourShowsOneReopeningAndAReopenedDeadline() {
        String number = api.logResolvedOnSpot("agent1", "BILLING");
        api.rate("agent1", number, 4);

        JsonNode sla = audit("/api/audit/complaints/" + number + "/sla");

        assertThat(text(sla, "status")).isEqualTo("REOPENED");
        assertThat(sla.path("reopenings").asInt()).isEqualTo(1);
        List<JsonNode> deadlines = elements(sla.path("deadlines"));
        assertThat(text(deadlines.get(0), "reason")).isEqualTo("INITIAL");
        assertThat(deadlines).as("deadlines of %s", sla).anySatisfy(d -> assertThat(text(d, "reason")).isEqualTo("REOPENED"));
        assertThat(deadlines.stream().filter(d -> "REOPENED".equals(text(d, "reason")))).hasSize(1);
    }

    @Test
    void anUnknownComplaintAnswers404() {
        for (String what : List.of("sla", "trace", "verify")) {
            assertProblem(api.get(AUDITOR, "/api/audit/complaints/C-19990101-9999/" + what), 404, null);
        }
    }

    // ---------------------------------------------------------------- 2. trace and diagram

    @Test
    void theTraceMergesTheHistoryAndTheProcessInTimeOrder() {
        String number = api.logAwaitingReply("agent1", "DELIVERY", "SIMPLE");
        api.complete("agent1", number, REPLY, reply("The parcel is on its way."));

        HttpResponse<String> response = api.get(AUDITOR, "/api/audit/complaints/" + number + "/trace");
        assertStatus(response, 200);
        List<JsonNode> trace = elements(json(response));

        assertThat(trace).isNotEmpty();
        assertThat(trace).extracting(e -> text(e, "source")).contains("HISTORY", "PROCESS")
                .allSatisfy(source -> assertThat(source).isIn("HISTORY", "PROCESS"));
        assertThat(trace).allSatisfy(e -> assertThat(instant(e, "at")).as("at of %s", e).isNotNull());
        assertThat(trace).extracting(e -> instant(e, "at")).as("trace of %s", number).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(trace).anySatisfy(e -> {
            assertThat(text(e, "source")).isEqualTo("HISTORY");
            assertThat(text(e, "what")).isEqualTo("LOGGED");
            assertThat(text(e, "actor")).isEqualTo("agent1");
        });
        assertThat(trace).anySatisfy(e -> {
            assertThat(text(e, "source")).isEqualTo("HISTORY");
            assertThat(text(e, "what")).isEqualTo("REPLIED");
        });
        assertThat(trace).anySatisfy(e -> {
            assertThat(text(e, "source")).isEqualTo("PROCESS");
            assertThat(text(e, "what")).isEqualTo(APOLOGISE);
        });
        assertThat(trace).anySatisfy(e -> {
            assertThat(text(e, "source")).isEqualTo("PROCESS");
            assertThat(text(e, "what")).isEqualTo(REPLY);
        });
        int logged = indexOf(trace, "HISTORY", "LOGGED");
        int replied = indexOf(trace, "HISTORY", "REPLIED");
        assertThat(logged).as("LOGGED comes before REPLIED").isLessThan(replied);
    }

    @Test
    void theDiagramIsAPng() {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");

        HttpResponse<byte[]> diagram = bytes(AUDITOR, "/api/audit/complaints/" + number + "/diagram");

        assertThat(diagram.statusCode()).isEqualTo(200);
        assertThat(diagram.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(diagram.body().length).isGreaterThan(PNG_SIGNATURE.length);
        assertThat(Arrays.copyOf(diagram.body(), PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
    }

    // ---------------------------------------------------------------- 3. tamper evidence

    @Test
    void anAlteredHistoryRowBreaksTheHashChain() {
        // COMPLEX: due in 24 h, so no timer adds to its history while the test looks
        String number = api.logAwaitingReply("agent1", "BILLING", "COMPLEX");
        int historyLength = api.history(number).size();
        assertThat(historyLength).as("LOGGED, then the apology").isGreaterThanOrEqualTo(2);

        JsonNode fresh = audit("/api/audit/complaints/" + number + "/verify");
        assertThat(fresh.path("intact").asBoolean()).as("fresh chain %s", fresh).isTrue();
        assertThat(isNull(fresh, "firstBroken")).as("firstBroken of %s", fresh).isTrue();
        assertThat(fresh.path("complaintsChecked").asLong()).isEqualTo(1);
        assertThat(fresh.path("entriesChecked").asLong()).isEqualTo(historyLength);

        String url = SharedDesk.databaseUrl();
        assertThat(TestDatabase.count(url, "select count(*) from complaint_history where complaint_id ="
                + " (select id from complaint where number = ?) and seq_no = 2", number)).isEqualTo(1);
        int altered = TestDatabase.execute(url, "update complaint_history set reason = 'tampered' where complaint_id ="
                + " (select id from complaint where number = ?) and seq_no = 2", number);
        assertThat(altered).isEqualTo(1);

        JsonNode broken = audit("/api/audit/complaints/" + number + "/verify");
        assertThat(broken.path("intact").asBoolean()).as("after tampering: %s", broken).isFalse();
        JsonNode link = broken.path("firstBroken");
        assertThat(isNull(broken, "firstBroken")).as("firstBroken of %s", broken).isFalse();
        assertThat(text(link, "complaintNumber")).isEqualTo(number);
        assertThat(link.path("seqNo").asInt()).isEqualTo(2);
        assertThat(link.path("entryId").asLong()).isPositive();
        assertThat(text(link, "problem")).isNotBlank();
        assertThat(broken.path("complaintsChecked").asLong()).isEqualTo(1);
        // the complaint's trace page says so too
        try (org.complaintdesk.it.support.Browser auditor = new org.complaintdesk.it.support.Browser(desk).login("auditor1", "demo")) {
            auditor.open("/audit/complaint.xhtml?number=" + number);
            assertThat(auditor.byId("chain").getText()).contains("broken at line 2");
        }

        // the whole store: only after this test's own tampering (from now on it stays broken for everyone)
        JsonNode all = audit("/api/audit/verify");
        assertThat(all.path("intact").asBoolean()).as("verify all: %s", all).isFalse();
        assertThat(isNull(all, "firstBroken")).as("firstBroken of %s", all).isFalse();
        assertThat(text(all.path("firstBroken"), "complaintNumber")).isNotBlank();
        assertThat(all.path("complaintsChecked").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(all.path("entriesChecked").asLong()).isGreaterThanOrEqualTo(historyLength);
    }

    // ---------------------------------------------------------------- 4. compliance

    @Test
    void aComplaintRepliedInTimeRaisesTheAgentsMetByOne() {
        Period period = Period.startingNow();
        JsonNode before = complianceRow("agent", period, "agent2");

        String number = api.logAwaitingReply("agent2", "BILLING", "SIMPLE");
        JsonNode closed = api.complete("agent2", number, REPLY, reply("The refund is booked."));
        assertThat(text(closed, "sla")).isEqualTo("MET");

        JsonNode after = complianceRow("agent", period, "agent2");
        assertThat(after).as("the row of agent2").isNotNull();
        assertThat(count(after, "met") - count(before, "met")).as("met %s -> %s", before, after).isEqualTo(1);
        assertThat(count(after, "total") - count(before, "total")).isEqualTo(1);
        assertThat(count(after, "replied") - count(before, "replied")).isEqualTo(1);
        assertThat(count(after, "breached") - count(before, "breached")).isZero();
        assertThat(count(after, "openOverdue") - count(before, "openOverdue")).isZero();
        assertShare(after);

        // every row of the answer keeps to the formula
        elements(compliance("agent", period)).forEach(AuditIT::assertShare);

        // by day: one row per day, named like 2026-11-23
        List<JsonNode> days = elements(compliance("day", period));
        assertThat(days).isNotEmpty();
        assertThat(days).allSatisfy(row -> assertThat(text(row, "group")).matches("\\d{4}-\\d{2}-\\d{2}"));
        LocalDate today = Instant.now().atOffset(ZoneOffset.UTC).toLocalDate();
        assertThat(days).anySatisfy(row -> assertThat(LocalDate.parse(text(row, "group")))
                .isBetween(today.minusDays(1), today.plusDays(1)));
        assertThat(days.stream().mapToLong(row -> count(row, "total")).sum()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void complianceRefusesBadPeriodsAndGroupings() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        assertProblemNaming(api.get(AUDITOR, "/api/audit/compliance?by=team&from=" + encode(now.toString())
                + "&to=" + encode(now.minus(Duration.ofDays(1)).toString())), "to", "from");
        assertProblemNaming(api.get(AUDITOR, "/api/audit/compliance?by=fortnight&from="
                + encode(now.minus(Duration.ofDays(7)).toString()) + "&to=" + encode(now.toString())), "by");
        assertProblemNaming(api.get(AUDITOR, "/api/audit/compliance?by=day&from="
                + encode(now.minus(Duration.ofDays(400)).toString()) + "&to=" + encode(now.toString())), "from", "to", "by");
        assertProblemNaming(api.get(AUDITOR, "/api/audit/compliance?by=week&from="
                + encode(now.minus(Duration.ofDays(3 * 366)).toString()) + "&to=" + encode(now.toString())), "from", "to", "by");
        assertProblemNaming(api.get(AUDITOR, "/api/audit/compliance?by=team&from=yesterday&to=" + encode(now.toString())), "from");

        // within the limits
        assertStatus(api.get(AUDITOR, "/api/audit/compliance?by=day&from="
                + encode(now.minus(Duration.ofDays(90)).toString()) + "&to=" + encode(now.toString())), 200);
        assertStatus(api.get(AUDITOR, "/api/audit/compliance?by=week&from="
                + encode(now.minus(Duration.ofDays(365)).toString()) + "&to=" + encode(now.toString())), 200);
        for (String by : List.of("team", "agent", "category", "complexity", "channel", "day", "week", "month")) {
            HttpResponse<String> response = api.get(AUDITOR, "/api/audit/compliance?by=" + by + "&from="
                    + encode(now.minus(Duration.ofDays(30)).toString()) + "&to=" + encode(now.toString()));
            assertStatus(response, 200);
            assertThat(json(response).isArray()).as(ComplaintApi.describe(response)).isTrue();
        }
        assertStatus(api.get(AUDITOR, "/api/audit/compliance?by=team"), 200);
    }

    @Test
    void aGroupingWithSqlInItIsRefusedAndChangesNothing() {
        String url = SharedDesk.databaseUrl();
        api.logNumber("agent1", "OTHER", "COMPLEX");
        long complaints = TestDatabase.count(url, "select count(*) from complaint");
        assertThat(complaints).isPositive();

        for (String by : List.of("team;drop table complaint", "team; drop table complaint; --",
                "team' or '1'='1", "received_at::date", "(select 1)")) {
            Instant now = Instant.now();
            assertProblemNaming(api.get(AUDITOR, "/api/audit/compliance?by=" + encode(by) + "&from="
                    + encode(now.minus(Duration.ofDays(7)).toString()) + "&to=" + encode(now.toString())), "by");
            assertProblemNaming(api.get(AUDITOR, "/api/audit/export/compliance.csv?by=" + encode(by)), "by");
        }

        assertThat(TestDatabase.count(url, "select count(*) from complaint")).isGreaterThanOrEqualTo(complaints);
        assertThat(TestDatabase.count(url, "select count(*) from complaint_history")).isPositive();
    }

    // ---------------------------------------------------------------- 5. KPIs

    @Test
    void kpisCountTheComplaintsHandledAndTheRatings() {
        Period period = Period.startingNow();
        JsonNode before = kpis(period);

        String replied = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        api.complete("agent1", replied, REPLY, reply("The refund is booked."));
        String rated = api.logResolvedOnSpot("agent1", "DELIVERY");
        api.rate("agent1", rated, 3);

        JsonNode after = kpis(period);
        assertThat(count(after, "handled") - count(before, "handled")).as("handled %s -> %s", before, after).isEqualTo(2);
        assertThat(count(after, "closed") - count(before, "closed")).isEqualTo(2);
        assertThat(count(after.path("ratings"), "3") - count(before.path("ratings"), "3"))
                .as("ratings %s -> %s", before.path("ratings"), after.path("ratings")).isEqualTo(1);
        for (String other : List.of("1", "2", "4")) {
            assertThat(count(after.path("ratings"), other)).isEqualTo(count(before.path("ratings"), other));
        }
        assertThat(after.path("ratings").isObject()).isTrue();
        assertThat(after.path("complaintsPerAgent").isObject()).isTrue();
        if (!isNull(after, "reopenRate")) {
            assertThat(after.path("reopenRate").asDouble()).isBetween(0.0, 1.0);
        }
        if (!isNull(after, "averageHandlingMinutes")) {
            assertThat(after.path("averageHandlingMinutes").asDouble()).isGreaterThanOrEqualTo(0.0);
        }
        // the same figures per team and per agent, adding up to the centre's
        for (String grouping : List.of("byTeam", "byAgent")) {
            List<JsonNode> groups = elements(after.path(grouping));
            assertThat(groups.stream().mapToLong(g -> count(g, "handled")).sum()).as(grouping).isEqualTo(count(after, "handled"));
            assertThat(groups.stream().mapToLong(g -> count(g.path("ratings"), "3")).sum()).as(grouping).isEqualTo(count(after.path("ratings"), "3"));
        }
        JsonNode north = elements(after.path("byTeam")).stream().filter(g -> "NORTH".equals(text(g, "group"))).findFirst().orElseThrow();
        JsonNode northBefore = elements(before.path("byTeam")).stream().filter(g -> "NORTH".equals(text(g, "group"))).findFirst().orElse(null);
        assertThat(count(north, "handled") - (northBefore == null ? 0 : count(northBefore, "handled"))).isEqualTo(2);
    }

    // ---------------------------------------------------------------- 6. breaches (and their CSV)

    @Test
    void aComplaintLeftPastItsDeadlineIsListedAsABreachAndExported() {
        Period period = Period.startingNow();
        String number = api.logAwaitingReply("agent2", "BILLING", "SIMPLE");
        JsonNode logged = api.complaint(number);

        // its deadline made to pass (moved earlier by what would have passed), then the timer fires
        Duration passed = DueTimers.replyDeadlineNow(SharedDesk.databaseUrl(), number);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(breach(period, number)).as("%s among the breaches", number)
                        .hasValueSatisfying(b -> assertThat(text(b, "sla")).isEqualTo("OVERDUE")));
        JsonNode breach = breach(period, number).orElseThrow();

        assertThat(text(breach, "sla")).isEqualTo("OVERDUE");
        assertThat(breach.get("minutesLate")).isNotNull();
        assertThat(breach.get("minutesLate").isNull()).as("minutesLate of %s", breach).isFalse();
        assertThat(breach.get("minutesLate").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(text(breach, "team")).isEqualTo("SOUTH");
        assertThat(text(breach, "agent")).isEqualTo("agent2");
        assertThat(text(breach, "category")).isEqualTo("BILLING");
        assertThat(text(breach, "complexity")).isEqualTo("SIMPLE");
        assertThat(text(breach, "repliedAt")).isNull();
        assertThat(instant(breach, "replyDeadline")).isCloseTo(instant(logged, "replyDeadline").minus(passed), within(TOLERANCE))
                .isBefore(Instant.now());

        JsonNode page = breaches(period, 0, 20);
        assertThat(page.path("page").asInt()).isZero();
        assertThat(page.path("size").asInt()).isEqualTo(20);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(elements(page.path("items"))).allSatisfy(b -> assertThat(text(b, "sla")).isIn("BREACHED", "OVERDUE"))
                .extracting(b -> b.path("minutesLate").asLong()).as("most late first")
                .isSortedAccordingTo(Comparator.reverseOrder());
        long jsonTotal = page.path("total").asLong();

        // the same breaches as CSV
        HttpResponse<byte[]> export = bytes(AUDITOR, "/api/audit/export/breaches.csv?" + period.query());
        Csv csv = Csv.of(export);
        assertThat(csv.rows.size()).as("every breach, no cap").isGreaterThanOrEqualTo((int) jsonTotal);
        List<String> row = csv.rows.stream().filter(r -> r.contains(number)).findFirst().orElseThrow(() ->
                new AssertionError(number + " not in breaches.csv:\n" + csv.text));
        int sla = csv.column("sla");
        if (sla >= 0) {
            assertThat(row.get(sla)).isEqualTo("OVERDUE");
        } else {
            assertThat(row).contains("OVERDUE");
        }
        assertThat(row).contains("SOUTH", "agent2", "BILLING", "SIMPLE");
    }

    // ---------------------------------------------------------------- 7. compliance CSV

    @Test
    void theComplianceCsvHasTheSameFiguresAsTheJson() {
        Period period = Period.startingNow();
        String number = api.logAwaitingReply("agent2", "BILLING", "SIMPLE");
        api.complete("agent2", number, REPLY, reply("The refund is booked."));
        api.logAwaitingReply("agent2", "DELIVERY", "COMPLEX");

        List<JsonNode> rows = elements(compliance("agent", period));
        JsonNode agent2 = complianceRow("agent", period, "agent2");
        assertThat(agent2).isNotNull();

        HttpResponse<byte[]> export = bytes(AUDITOR, "/api/audit/export/compliance.csv?by=agent&" + period.query());
        Csv csv = Csv.of(export);
        assertThat(csv.rows).as("one line per group:\n%s", csv.text).hasSize(rows.size());
        int group = csv.groupColumn("agent");
        List<String> line = csv.rows.stream().filter(r -> r.get(group).equals("agent2")).findFirst()
                .orElseThrow(() -> new AssertionError("no agent2 line in\n" + csv.text));
        for (String figure : List.of("total", "replied", "met", "breached", "openOverdue", "pending", "paused", "pausedSeconds")) {
            int column = csv.column(figure);
            if (List.of("total", "met", "breached", "paused", "pausedSeconds").contains(figure)) {
                assertThat(column).as("column %s in %s", figure, csv.header).isNotNegative();
            }
            if (column >= 0) {
                assertThat(Long.parseLong(line.get(column).trim())).as("%s of agent2 in\n%s", figure, csv.text)
                        .isEqualTo(count(agent2, figure));
            }
        }
        assertThat(count(agent2, "met")).isGreaterThanOrEqualTo(1);
        assertThat(count(agent2, "pending")).isGreaterThanOrEqualTo(1);
    }

    // ---------------------------------------------------------------- who may read the audit

    @Test
    void onlyAuditorsSupervisorsAndAdministratorsReadTheAudit() {
        String number = api.logAwaitingReply("agent1", "BILLING", "COMPLEX");
        List<String> paths = List.of("/api/audit/complaints/" + number + "/sla", "/api/audit/complaints/" + number + "/trace",
                "/api/audit/complaints/" + number + "/verify", "/api/audit/compliance?by=team", "/api/audit/kpis",
                "/api/audit/breaches");
        for (String path : paths) {
            for (String reader : List.of("auditor1", "supervisor1", "admin")) {
                assertStatus(api.get(reader, path), 200);
            }
            for (String other : List.of("agent1", "lead1")) {
                assertProblem(api.get(other, path), 403, null);
            }
            // a name no user has, new each time: the same one again and again would be locked for a while (429)
            assertThat(api.get("nobody-" + System.nanoTime(), path).statusCode()).as(path).isEqualTo(401);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** A period [from, to) from just before this test logs its complaints to a minute from now. */
    private record Period(Instant from, Instant to) {

        static Period startingNow() {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            return new Period(now, now.plus(Duration.ofMinutes(1)));
        }

        String query() {
            return "from=" + encode(from.toString()) + "&to=" + encode(to.toString());
        }
    }

    private JsonNode audit(String path) {
        HttpResponse<String> response = api.get(AUDITOR, path);
        assertStatus(response, 200);
        return json(response);
    }

    private JsonNode compliance(String by, Period period) {
        JsonNode rows = audit("/api/audit/compliance?by=" + by + "&" + period.query());
        assertThat(rows.isArray()).as("compliance %s", rows).isTrue();
        return rows;
    }

    /** The row of one group; null when the group has no complaints in the period. */
    private JsonNode complianceRow(String by, Period period, String group) {
        return elements(compliance(by, period)).stream().filter(row -> group.equals(text(row, "group"))).findFirst().orElse(null);
    }

    private JsonNode kpis(Period period) {
        return audit("/api/audit/kpis?" + period.query());
    }

    private JsonNode breaches(Period period, int page, int size) {
        return audit("/api/audit/breaches?" + period.query() + "&page=" + page + "&size=" + size);
    }

    /** The complaint among the breaches of the period, looked for on every page. */
    private Optional<JsonNode> breach(Period period, String number) {
        for (int page = 0; page < 100; page++) {
            JsonNode answer = breaches(period, page, 50);
            List<JsonNode> items = elements(answer.path("items"));
            Optional<JsonNode> found = items.stream().filter(b -> number.equals(text(b, "number"))).findFirst();
            if (found.isPresent() || items.isEmpty() || (long) (page + 1) * 50 >= answer.path("total").asLong()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** A count field; 0 when the row or the field is missing (a group without complaints has no row). */
    private static long count(JsonNode node, String field) {
        if (node == null) {
            return 0;
        }
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? 0 : value.asLong();
    }

    private static boolean isNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull();
    }

    /** share = met / (met + breached + openOverdue), null when that is 0. */
    private static void assertShare(JsonNode row) {
        long denominator = count(row, "met") + count(row, "breached") + count(row, "openOverdue");
        if (denominator == 0) {
            assertThat(isNull(row, "share")).as("share of %s", row).isTrue();
        } else {
            assertThat(isNull(row, "share")).as("share of %s", row).isFalse();
            assertThat(row.get("share").asDouble()).as("share of %s", row)
                    .isCloseTo((double) count(row, "met") / denominator, within(0.0001));
        }
    }

    private static int indexOf(List<JsonNode> trace, String source, String what) {
        for (int i = 0; i < trace.size(); i++) {
            if (source.equals(text(trace.get(i), "source")) && what.equals(text(trace.get(i), "what"))) {
                return i;
            }
        }
        throw new AssertionError(source + " " + what + " not in the trace " + trace);
    }

    /** Expects a 400 problem that names at least one of the fields. */
    private static void assertProblemNaming(HttpResponse<String> response, String... fields) {
        JsonNode problem = assertProblem(response, 400, null);
        List<String> named = elements(problem.path("errors")).stream().map(e -> text(e, "field")).toList();
        String detail = String.valueOf(text(problem, "detail"));
        assertThat(Arrays.stream(fields).anyMatch(f -> named.contains(f) || detail.contains(f)))
                .as("the problem names one of %s: %s", Arrays.toString(fields), response.body()).isTrue();
    }

    /** A GET whose body is read as bytes (PNG, CSV with its byte-order mark), with HTTP Basic. */
    private HttpResponse<byte[]> bytes(String username, String path) {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + ComplaintApi.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(desk.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + credentials).GET().build();
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A CSV export: 200, text/csv, UTF-8 with a byte-order mark, a header line, then the data lines. */
    private static final class Csv {

        final String text;
        final List<String> header;
        final List<List<String>> rows;

        private Csv(String text, List<List<String>> lines) {
            this.text = text;
            this.header = lines.get(0);
            this.rows = lines.subList(1, lines.size());
        }

        static Csv of(HttpResponse<byte[]> response) {
            byte[] body = response.body();
            String shown = new String(body, StandardCharsets.UTF_8);
            assertThat(response.statusCode()).as("%s -> %s", response.uri(), shown).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).as("Content-Type of %s", response.uri())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
            assertThat(body.length).isGreaterThan(UTF8_BOM.length);
            assertThat(Arrays.copyOf(body, UTF8_BOM.length)).as("the byte-order mark of %s", response.uri()).isEqualTo(UTF8_BOM);
            String text = new String(body, UTF8_BOM.length, body.length - UTF8_BOM.length, StandardCharsets.UTF_8);
            List<List<String>> lines = parse(text);
            assertThat(lines).as("a header line in %s", text).isNotEmpty();
            assertThat(lines.get(0)).as("the header of %s", text).hasSizeGreaterThan(1)
                    .allSatisfy(name -> assertThat(name).isNotBlank());
            return new Csv(text, lines);
        }

        /** The index of a column, matched without case, spaces or underscores ("openOverdue" = "open_overdue"); -1 if none. */
        int column(String name) {
            for (int i = 0; i < header.size(); i++) {
                if (normalise(header.get(i)).equals(normalise(name))) {
                    return i;
                }
            }
            return -1;
        }

        /** The grouping column: "group", or one named like the grouping, or else the first. */
        int groupColumn(String by) {
            int group = column("group");
            if (group < 0) {
                group = column(by);
            }
            return Math.max(group, 0);
        }

        private static String normalise(String name) {
            return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        }

        /** RFC 4180: commas, double quotes, doubled quotes inside quotes, CRLF or LF line ends. */
        static List<List<String>> parse(String text) {
            List<List<String>> lines = new ArrayList<>();
            List<String> line = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                    any = true;
                } else if (c == ',') {
                    line.add(cell.toString());
                    cell.setLength(0);
                    any = true;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    if (any || cell.length() > 0) {
                        line.add(cell.toString());
                        lines.add(line);
                    }
                    line = new ArrayList<>();
                    cell.setLength(0);
                    any = false;
                } else {
                    cell.append(c);
                    any = true;
                }
            }
            if (any || cell.length() > 0) {
                line.add(cell.toString());
                lines.add(line);
            }
            return lines;
        }
    }
}
