package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.between;
import static org.complaintdesk.it.support.ComplaintApi.encode;
import static org.complaintdesk.it.support.ComplaintApi.instant;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.text;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskRhythm;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.DueTimers;
import org.complaintdesk.it.support.SecondLane;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * The pause ledger on the running desk with its real timers: a simple complaint is due 30 s after receipt, warned at
 * 15 s; a pause ends by itself after 20 s. While paused nothing fires; on resume the deadline and the timers move by the
 * paused time (the shared desk's teams count round the clock). A pause is made to have stood, and a timer to be due,
 * through {@link DueTimers}; the desk's job executor fires what is due.
 */
@Order(SecondLane.BESIDE)
class PauseLedgerIT {

    private static final String PAUSE = "{\"reason\": \"DOCUMENTS_REQUESTED\", \"note\": \"asked for the bill\"}";
    private static final String CALLED_BACK = "{\"how\": \"CUSTOMER_CALLED_BACK\", \"note\": \"bill received\"}";

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();
    private final ComplaintApi api = new ComplaintApi(desk);

    private HttpResponse<String> pause(String user, String number, String body) {
        return api.as(user).postJson("/api/complaints/" + number + "/pause", body);
    }

    private HttpResponse<String> resume(String user, String number, String body) {
        return api.as(user).postJson("/api/complaints/" + number + "/resume", body);
    }

    private JsonNode slaRecord(String number) {
        return json(api.get("auditor1", "/api/audit/complaints/" + number + "/sla"));
    }

    /** How many of the complaint's overdue timers are due within a second of the given time. */
    private long overdueTimersAt(String number, Instant due) {
        return TestDatabase.count(db, """
                select count(*) from act_ru_timer_job j join complaint c on c.process_instance_id = j.process_instance_id_
                where c.number = ? and j.element_id_ = 'timer_replyOverdue' and j.duedate_ between ? and ?""",
                number, Timestamp.from(due.minusSeconds(1)), Timestamp.from(due.plusSeconds(1)));
    }

    /** Today's compliance row of one agent (the period as the dashboard counts it: whole days). */
    private JsonNode complianceToday(String agent) {
        Instant now = Instant.now();
        JsonNode rows = json(api.get("auditor1", "/api/audit/compliance?by=agent&from=" + encode(now.minusSeconds(60).toString())
                + "&to=" + encode(now.plusSeconds(60).toString())));
        for (JsonNode row : rows) {
            if (text(row, "group").equals(agent)) {
                return row;
            }
        }
        throw new AssertionError("no compliance row of " + agent + " in " + rows);
    }

    @Test
    void aPauseSilencesTheWarningAndMovesTheDeadlineAndItsTimers() {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        Instant deadline = instant(api.complaint(number), "replyDeadline");
        JsonNode countedBefore = complianceToday("agent1");

        HttpResponse<String> paused = pause("agent1", number, PAUSE);
        assertStatus(paused, 200);
        assertThat(json(paused).hasNonNull("pausedSince")).isTrue();
        assertProblem(pause("lead1", number, PAUSE), 409, null);
        assertProblem(pause("agent2", number, PAUSE), 403, null);
        assertProblem(pause("agent1", number, "{\"note\": \"no reason\"}"), 400, "reason");
        assertProblem(api.tryReclassify("lead1", number, "COMPLEX", "needs more time", api.complaint(number).path("version").asLong()), 409, null);
        assertThat(TestDatabase.count(db, "select count(*) from act_ru_suspended_job j join complaint c on c.process_instance_id ="
                + " j.process_instance_id_ where c.number = ?", number)).as("the reply timers wait").isEqualTo(2);

        // the pause stands past the warning's time (15 s after receipt; short of the longest pause, 20 s): nothing
        // fires while the desk waits for the customer
        Duration stoodBefore = Duration.ofSeconds(between(Instant.now(), deadline.minusSeconds(15)).getSeconds() + 2);
        DueTimers.pauseStood(db, number, stoodBefore);
        await().during(DeskRhythm.QUIET).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(api.alerts("agent1", number)).isEmpty());
        assertProblem(resume("agent1", number, "{\"how\": \"MAX_PAUSE_REACHED\"}"), 400, "how");
        HttpResponse<String> resumed = resume("lead1", number, CALLED_BACK);
        assertStatus(resumed, 200);
        assertProblem(resume("agent1", number, CALLED_BACK), 409, null);

        JsonNode pauseLine = slaRecord(number).path("pauses").get(0);
        Duration stood = between(instant(pauseLine, "pausedAt"), instant(pauseLine, "resumedAt"));
        assertThat(text(pauseLine, "resumption")).isEqualTo("CUSTOMER_CALLED_BACK");
        assertThat(pauseLine.path("pausedSeconds").asLong()).isEqualTo(stood.getSeconds());
        Instant moved = instant(json(resumed), "replyDeadline");
        assertThat(stood).isGreaterThanOrEqualTo(stoodBefore);
        assertThat(between(deadline.minus(stoodBefore), moved)).as("the deadline moved by the pause").isEqualTo(stood);
        assertThat(overdueTimersAt(number, moved)).as("the overdue timer with it").isEqualTo(1);
        assertThat(slaRecord(number).path("pausedSeconds").asLong()).isEqualTo(stood.getSeconds());
        assertThat(api.history(number).stream().map(h -> text(h, "action")).toList()).containsSubsequence("PAUSED", "RESUMED");
        assertThat(json(api.get("auditor1", "/api/audit/complaints/" + number + "/verify")).path("intact").asBoolean()).isTrue();
        // the compliance figures count the paused complaint and its paused time, as its history does
        JsonNode counted = complianceToday("agent1");
        assertThat(counted.path("paused").asLong() - countedBefore.path("paused").asLong()).isEqualTo(1);
        assertThat(counted.path("pausedSeconds").asLong() - countedBefore.path("pausedSeconds").asLong()).isEqualTo(stood.getSeconds());
        Instant now = Instant.now();
        JsonNode recomputed = json(api.get("auditor1", "/api/audit/recompute?from=" + encode(now.minusSeconds(60).toString())
                + "&to=" + encode(now.plusSeconds(60).toString())));
        assertThat(recomputed.path("countDifferences").findValuesAsString("count")).as("%s", recomputed)
                .doesNotContain("paused", "pausedSeconds");

        // the warning comes at its moved time (made to come through the engine) ...
        Duration passed = DueTimers.replyWarningNow(db, number);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> !api.alerts("agent1", number, "REPLY_WARNING").isEmpty());
        Instant warned = instant(api.alerts("agent1", number, "REPLY_WARNING").get(0), "raisedAt");
        assertThat(warned.plus(passed)).isAfter(moved.minusSeconds(15).minusSeconds(1));
        // ... and the old deadline, now passed as well, brings no escalation: its timer moved with the pause
        Instant oldDeadline = deadline.minus(stoodBefore).minus(passed);
        assertThat(oldDeadline).isBefore(Instant.now());
        await().during(DeskRhythm.QUIET).atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            JsonNode stillWithTheAgent = api.complaint(number);
            assertThat(text(stillWithTheAgent, "status")).isEqualTo("AWAITING_REPLY");
            assertThat(text(stillWithTheAgent, "sla")).isEqualTo("PENDING");
            assertThat(api.alerts("agent1", number, "REPLY_OVERDUE")).isEmpty();
        });
    }

    @Test
    void theLongestPauseEndsByItselfWithAnAlertToTheAgent() {
        String number = api.logAwaitingReply("agent2", "DELIVERY", "SIMPLE");
        assertStatus(pause("agent2", number, "{\"reason\": \"CUSTOMER_UNREACHABLE\"}"), 200);
        DueTimers.pauseLimitReached(db, number);
        Instant pausedAt = instant(api.complaint(number), "pausedSince");

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500))
                .until(() -> !api.complaint(number).hasNonNull("pausedSince"));
        JsonNode pauseLine = slaRecord(number).path("pauses").get(0);
        assertThat(text(pauseLine, "resumption")).isEqualTo("MAX_PAUSE_REACHED");
        assertThat(text(pauseLine, "resumedBy")).isEqualTo("system");
        assertThat(instant(pauseLine, "resumedAt")).isAfterOrEqualTo(pausedAt.plusSeconds(20));
        assertThat(api.alerts("agent2", number, "PAUSE_ENDED")).hasSize(1);
    }

    @Test
    void replyingToAPausedComplaintLetsItsClockRunAgainFirst() {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        assertStatus(pause("agent1", number, "{\"reason\": \"CUSTOMER_ASKED_TO_WAIT\"}"), 200);
        api.complete("agent1", number, "task_reply", ComplaintApi.reply("Refunded; you will see it in 3 days"));
        JsonNode replied = api.complaint(number);
        assertThat(replied.hasNonNull("pausedSince")).isFalse();
        assertThat(text(replied, "sla")).isEqualTo("MET");
        assertThat(text(slaRecord(number).path("pauses").get(0), "resumption")).isEqualTo("STEP_TAKEN");
    }

    @Test
    void pausesAndResumesThatMeetTakeTurns() throws Exception {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        assertThat(statuses(number, "pause", PAUSE)).containsExactlyInAnyOrder(200, 409, 409, 409);
        assertThat(statuses(number, "resume", CALLED_BACK)).containsExactlyInAnyOrder(200, 409, 409, 409);
        assertThat(TestDatabase.count(db, "select count(*) from complaint_pause p join complaint c on c.id = p.complaint_id"
                + " where c.number = ?", number)).isEqualTo(1);
        assertThat(TestDatabase.count(db, "select count(*) from complaint_deadline d join complaint c on c.id = d.complaint_id"
                + " where c.number = ? and d.reason = 'RESUMED'", number)).as("the deadline moved once").isEqualTo(1);
        assertThat(TestDatabase.count(db, "select count(*) from act_ru_execution e join complaint c on c.process_instance_id ="
                + " e.proc_inst_id_ where c.number = ? and e.suspension_state_ <> 1", number)).as("the process runs").isZero();
    }

    @Test
    void theAgentPausesAndResumesOnTheComplaintsPage() {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            agent.open("/complaint.xhtml?number=" + number);
            agent.click("pauseForm:pause");
            agent.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pauseForm span.error")));
            assertThat(TestDatabase.count(db, "select count(*) from complaint_pause p join complaint c on c.id = p.complaint_id"
                    + " where c.number = ?", number)).as("nothing paused without a reason").isZero();
            agent.select("pauseForm:reason", "Documents asked for");
            agent.type("pauseForm:note", "photo of the faulty part");
            agent.click("pauseForm:pause");
            agent.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("pausedSince")));
            assertThat(agent.byId("pausedSince").getText()).contains("Documents asked for");
            agent.screenshot("complaint-paused");
            agent.click("pauseForm:calledBack");
            agent.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "runs again"));
            assertThat(agent.source()).doesNotContain("id=\"pausedSince\"");
        }
        assertThat(text(slaRecord(number).path("pauses").get(0), "note")).isEqualTo("photo of the faulty part");
    }

    private List<Integer> statuses(String number, String step, String body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String user : List.of("agent1", "lead1", "agent1", "lead1")) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.as(user).postJson("/api/complaints/" + number + "/" + step, body).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
