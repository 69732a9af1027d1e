package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.text;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.complaintdesk.it.support.AttentionCheck;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * Complaints needing attention on the shared desk: a record made to disagree with its process behind the desk's back,
 * and a timer job that really fails until the engine gives it up, are listed by GET /api/admin/attention with the
 * engine's error, counted by the gauges, repaired through the API (move, retry) and then gone, each repair in the
 * administrators' history and the complaint's own. Each case watches its own complaint; the failed job leaves the one
 * SEVERE line it must (FoundationIT checks the start's lines only).
 */
class AttentionIT {

    private static final String ADMIN = AttentionCheck.ADMIN;
    private final String db = SharedDesk.databaseUrl();
    private final DeskServer desk = SharedDesk.server();
    private final ComplaintApi api = new ComplaintApi(desk);

    @Test
    void aRecordThatDisagreesWithItsProcessIsListedAndMovedToALead() {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        AttentionCheck.assertNoneOfTheseNeedsAttention(desk, List.of(number));
        // what the coinciding timers of issue 10 left behind: a record at the supervisor, a process at the agent's reply
        TestDatabase.execute(db, "update complaint set status = 'ESCALATED', escalation_level = 2 where number = ?", number);

        JsonNode item = single(number);
        assertThat(text(item, "reason")).isEqualTo("TASK_NOT_FOR_STATUS");
        assertThat(text(item, "status")).isEqualTo("ESCALATED");
        assertThat(item.path("openTasks").get(0).asString()).isEqualTo("task_reply");

        assertProblem(move(number, "lead2", "wrong team"), 400, "username");
        assertProblem(move(number, "nobody", null), 400, "username");
        assertProblem(move("C-00000000-0000", "lead1", null), 404, null);
        assertProblem(api.post(ADMIN, "/api/admin/attention/" + number + "/move", "[1]"), 400, "body");
        assertStatus(api.post("agent1", "/api/admin/attention/" + number + "/move", "{\"username\": \"lead1\"}"), 403);

        HttpResponse<String> moved = move(number, "lead1", "record and process disagreed");
        assertStatus(moved, 200);
        assertThat(text(json(moved), "taskKey")).isEqualTo("task_teamLeadHandle");
        assertThat(text(json(moved), "status")).isEqualTo("ESCALATED");

        AttentionCheck.assertNoneOfTheseNeedsAttention(desk, List.of(number));
        assertThat(api.tasks(number)).singleElement().satisfies(task -> {
            assertThat(text(task, "key")).isEqualTo("task_teamLeadHandle");
            assertThat(text(task, "assignee")).isEqualTo("lead1");
        });
        assertThat(TestDatabase.count(db, "select count(*) from complaint where number = ? and status = 'ESCALATED'"
                + " and escalation_level = 1", number)).isEqualTo(1);
        assertThat(adminHistory(number, "COMPLAINT_MOVED")).isEqualTo(1);
        assertThat(api.history(number)).extracting(h -> text(h, "action")).contains("MOVED");
        // the lead can act on it now
        api.contact("lead1", number, "called the customer back");
    }

    @Test
    void aJobGivenUpByTheEngineIsListedWithItsErrorAndRetried() {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        String process = processOf(number);
        // the hook of the warning timer will find no complaint 999999: a real failure, given up at the first try
        TestDatabase.execute(db, "update act_ru_variable set long_ = 999999, text_ = '999999' where proc_inst_id_ = ?"
                + " and name_ = 'complaintId'", process);
        TestDatabase.execute(db, "update act_ru_timer_job set duedate_ = now(), retries_ = 1 where process_instance_id_ = ?"
                + " and element_id_ = 'timer_replyWarning'", process);

        JsonNode item = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> itemsOf(number).stream().filter(i -> "DEAD_LETTER_JOB".equals(text(i, "reason"))).findFirst(),
                        found -> found.isPresent()).get();
        assertThat(text(item, "jobElement")).isEqualTo("timer_replyWarning");
        assertThat(text(item, "error")).contains("999999");
        // the engine's error reaches the log once, at SEVERE, naming the complaint (the SEVERE line this test leaves)
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(desk.logText().split("of complaint " + number + " failed for the last time", -1)).hasSize(2));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            String metrics = new DeskClient(desk).get("/metrics").body();
            assertThat(metrics).containsPattern("(?m)^# HELP engine_dead_letter_jobs \\S.*$")
                    .containsPattern("(?m)^# HELP engine_failing_jobs \\S.*$")
                    .containsPattern("(?m)^# HELP complaints_needing_attention \\S.*$")
                    .containsPattern("(?m)^engine_dead_letter_jobs(\\{[^}]*})? 1(\\.0)?$")
                    .containsPattern("(?m)^complaints_needing_attention(\\{[^}]*})? [1-9]");
            assertThat(new DeskClient(desk).get("/health/ready").body()).contains("engineDeadLetterJobs");
        });

        assertProblem(api.post(ADMIN, "/api/admin/attention/" + number + "/retry", "{\"jobId\": \"no-such-job\"}"), 404, null);
        // the cause mended, the administrator retries
        TestDatabase.execute(db, "update act_ru_variable set long_ = (select id from complaint where number = ?),"
                + " text_ = (select id::text from complaint where number = ?) where proc_inst_id_ = ? and name_ = 'complaintId'",
                number, number, process);
        HttpResponse<String> retried = api.post(ADMIN, "/api/admin/attention/" + number + "/retry",
                "{\"jobId\": \"" + text(item, "jobId") + "\"}");
        assertStatus(retried, 200);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            assertThat(itemsOf(number)).isEmpty();
            assertThat(api.alerts("agent1", number, "REPLY_WARNING")).hasSize(1);
        });
        assertThat(adminHistory(number, "JOB_RETRIED")).isEqualTo(1);
        assertThat(api.history(number)).extracting(h -> text(h, "action")).contains("JOB_RETRIED");
        AttentionCheck.assertNoneOfTheseNeedsAttention(desk, List.of(number));
    }

    @Test
    void anAdministratorSeesTheItemInChineseAndMovesTheComplaintToAnotherAgent() {
        String number = api.logEscalated("agent1", "DELIVERY");
        // a record handed back to the agent while its process is still with the team lead
        TestDatabase.execute(db, "update complaint set status = 'AWAITING_REPLY' where number = ?", number);
        try (Browser admin = new Browser(desk).login(ADMIN, ComplaintApi.PASSWORD)) {
            admin.open("/admin/index.xhtml");
            admin.click("linkAttention");
            admin.waitFor(ExpectedConditions.urlContains("/admin/attention.xhtml"));
            assertThat(admin.byId("areaTitle").getText()).isEqualTo("Complaints needing attention");
            admin.select("language", "繁體中文");
            admin.waitFor(ExpectedConditions.textToBe(By.id("areaTitle"), "需要處理的投訴"));
            admin.select("language", "简体中文");
            admin.waitFor(ExpectedConditions.textToBe(By.id("areaTitle"), "需要处理的投诉"));
            WebElement row = admin.find(By.cssSelector("tr[data-number='" + number + "']"));
            assertThat(row.getText()).contains("待办任务与记录的状态不符");
            admin.screenshot("admin-attention");

            new Select(admin.byId("moveForm:number")).selectByValue(number);
            new Select(admin.byId("moveForm:username")).selectByValue("agent2");
            admin.type("moveForm:reason", "agent1 is on leave");
            admin.click("moveForm:move");
            admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "投诉 " + number + " 现由 agent2 处理。"));
            assertThat(admin.source()).doesNotContain("data-number=\"" + number + "\"");
        }
        assertThat(api.tasks(number)).singleElement().satisfies(task -> {
            assertThat(text(task, "key")).isEqualTo("task_replyAsInstructed");
            assertThat(text(task, "assignee")).isEqualTo("agent2");
        });
        assertThat(adminHistory(number, "COMPLAINT_MOVED")).isEqualTo(1);
        api.complete("agent2", number, "task_replyAsInstructed", ComplaintApi.reply("the parcel is re-sent today"));
        AttentionCheck.assertNoneOfTheseNeedsAttention(desk, List.of(number));
    }

    @Test
    void onlyAdministratorsSeeTheList() {
        assertStatus(api.get("agent1", "/api/admin/attention"), 403);
        assertStatus(api.get("auditor1", "/api/admin/attention"), 403);
    }

    private HttpResponse<String> move(String number, String username, String reason) {
        var body = ComplaintApi.object().put("username", username);
        if (reason != null) {
            body.put("reason", reason);
        }
        return api.post(ADMIN, "/api/admin/attention/" + number + "/move", body);
    }

    private List<JsonNode> itemsOf(String number) {
        return AttentionCheck.needingAttention(desk).stream().filter(i -> number.equals(text(i, "number"))).toList();
    }

    private JsonNode single(String number) {
        List<JsonNode> items = itemsOf(number);
        assertThat(items).as("items of %s", number).hasSize(1);
        return items.get(0);
    }

    private String processOf(String number) {
        try (var c = TestDatabase.connect(db); var s = c.prepareStatement("select process_instance_id from complaint where number = ?")) {
            s.setString(1, number);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long adminHistory(String number, String action) {
        return TestDatabase.count(db, "select count(*) from admin_history where subject = ? and action = ?", "complaint:" + number, action);
    }
}
