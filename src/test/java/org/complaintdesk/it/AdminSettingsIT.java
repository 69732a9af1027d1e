package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.instant;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.newComplaint;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.CallBurst;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SecondLane;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The administration screens for deadline windows, categories and API keys, in a real Chromium: each change
 * takes effect at once, bad input is refused on screen and changes nothing, and each change is a line of
 * the admin history.
 */
@Order(SecondLane.BESIDE)
class AdminSettingsIT {

    private static final String COMPLEX_WINDOW = "desk.sla.complex-window";

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();
    private final ComplaintApi api = new ComplaintApi(desk);

    @AfterEach
    void standardSettings() {
        // the desk is shared with the other tests: leave it as configured whatever happened here (windows through the
        // desk, so that the SLA policy version in force is the configured one again)
        DeskClient admin = new DeskClient(desk).basic("admin", "demo");
        for (JsonNode window : json(admin.get("/api/admin/windows")).path("windows")) {
            if (!window.path("changed").isMissingNode() && !window.path("changed").isNull()) {
                ComplaintApi.assertStatus(admin.delete("/api/admin/windows/" + window.path("name").asString()), 200);
            }
        }
        TestDatabase.execute(db, "delete from category_setting");
    }

    /**
     * Administrators changing things at the same moment: every change succeeds or is refused with a 409, never a
     * 500, and the admin history stays one unbroken chain with one line per change made (measured before the fix:
     * 67 of 100 concurrent changes succeeded, the rest failed on the history's sequence number).
     */
    @Test
    void concurrentAdministrativeChangesAllLandOrAreRefusedWithA409AndTheHistoryStaysOneChain() {
        String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        AtomicInteger call = new AtomicInteger();
        long linesBefore = TestDatabase.count(db, "select count(*) from admin_history");
        // 4 calendars, each created and changed by several calls at once
        CallBurst.Outcome outcome = CallBurst.clientPerThread().run(12, 48, () -> {
            int n = call.getAndIncrement();
            return HttpRequest.newBuilder(desk.uri("/api/admin/calendars/B" + run + (n % 4)))
                    .header("Authorization", DeskClient.basicAuthorization("admin", "demo"))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"name\": \"Burst " + n + "\", \"timeZone\": \"Asia/Shanghai\","
                            + " \"week\": \"MON-FRI 09:00-18:00\", \"days\": \"\", \"teams\": []}"));
        });
        assertThat(outcome.statuses().keySet()).as("answers %s: %s", outcome.statuses(), outcome.notOk())
                .allMatch(status -> status == 200 || status == 201 || status == 409);
        int changed = outcome.statuses().getOrDefault(200, 0) + outcome.statuses().getOrDefault(201, 0);
        assertThat(outcome.statuses().getOrDefault(201, 0)).as("each calendar created once").isEqualTo(4);
        assertThat(changed).as("changes that landed").isGreaterThanOrEqualTo(outcome.calls() * 2 / 3);
        assertThat(TestDatabase.count(db, "select count(*) from admin_history")).as("one history line per change")
                .isEqualTo(linesBefore + changed);
        assertThat(json(api.get("auditor1", "/api/audit/admin-history?max=1")).path("intact").asBoolean()).isTrue();
    }

    private long historyLines(String subject, String action) {
        return TestDatabase.count(db, "select count(*) from admin_history where subject = ? and action = ?", subject, action);
    }

    private int versionInForce() {
        return (int) TestDatabase.count(db, "select max(version) from sla_policy");
    }

    private static WebElement windowInput(Browser admin, int row) {
        return admin.find(By.cssSelector("tr#window-" + row + " input[type=text]"));
    }

    @Test
    void anAdministratorChangesTheComplexWindowAndNewDeadlinesFollowIt() {
        // the admin history is shared with the other tests: lines are counted from here
        long changes = historyLines("setting:" + COMPLEX_WINDOW, "SETTING_CHANGED");
        long resets = historyLines("setting:" + COMPLEX_WINDOW, "SETTING_RESET");
        try (Browser admin = new Browser(desk).login("admin", "demo")) {
            admin.open("/admin/index.xhtml");
            admin.click("linkSettings");
            admin.waitFor(ExpectedConditions.urlContains("/admin/settings.xhtml"));
            assertThat(admin.find(By.cssSelector("tr#window-1")).getText()).contains(COMPLEX_WINDOW, "PT24H", "not changed");

            WebElement value = windowInput(admin, 1);
            value.clear();
            value.sendKeys("two hours");
            admin.click(By.cssSelector("tr#window-1 input[type=submit]"));
            admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "must be a positive ISO-8601 duration"));
            assertThat(historyLines("setting:" + COMPLEX_WINDOW, "SETTING_CHANGED")).isEqualTo(changes);
            assertThat(TestDatabase.count(db, "select count(*) from desk_setting")).isZero();

            value = windowInput(admin, 1);
            value.clear();
            value.sendKeys("PT23H");
            admin.click(By.cssSelector("tr#window-1 input[type=submit]"));
            admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Saved " + COMPLEX_WINDOW));
            assertThat(admin.text()).contains("held to SLA policy version " + versionInForce());
            assertThat(admin.find(By.cssSelector("tr#window-1 .changed")).getText()).contains("PT23H", "admin");
            admin.screenshot("admin-settings");

            JsonNode complex = api.log("agent1", newComplaint("BILLING", "COMPLEX"));
            assertThat(Duration.between(instant(complex, "receivedAt"), instant(complex, "replyDeadline"))).isEqualTo(Duration.ofHours(23));
            assertThat(historyLines("setting:" + COMPLEX_WINDOW, "SETTING_CHANGED")).isEqualTo(changes + 1);
            JsonNode audit = json(api.get("auditor1", "/api/audit/admin-history?subject=setting:" + COMPLEX_WINDOW));
            assertThat(audit.path("intact").asBoolean()).isTrue();
            assertThat(audit.path("lines").get(0).path("changes").asString()).isEqualTo("PT24H -> PT23H");
            assertThat(audit.path("lines").get(0).path("actor").asString()).isEqualTo("admin");
            assertProblem(api.get("agent1", "/api/audit/admin-history"), 403, null);
            assertProblem(api.get("auditor1", "/api/audit/admin-history?max=0"), 400, "max");

            admin.click(By.cssSelector("tr#window-1 input[value='Back to default']"));
            admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "back to its configured default"));
            assertThat(historyLines("setting:" + COMPLEX_WINDOW, "SETTING_RESET")).isEqualTo(resets + 1);
            JsonNode again = api.log("agent1", newComplaint("BILLING", "COMPLEX"));
            assertThat(Duration.between(instant(again, "receivedAt"), instant(again, "replyDeadline"))).isEqualTo(Duration.ofHours(24));
        }
    }

    @Test
    void aCategorySwitchedOffIsNoLongerTakenAndALabelReplacesTheName() {
        try (Browser admin = new Browser(desk).login("admin", "demo")) {
            admin.open("/admin/categories.xhtml");
            admin.click(By.cssSelector("tr#category-SUGGESTION input[type=checkbox]"));
            WebElement label = admin.find(By.cssSelector("tr#category-BILLING input[type=text]"));
            label.sendKeys("Bills and charges");
            admin.click("save");
            admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Categories saved."));
            admin.screenshot("admin-categories");
            assertThat(historyLines("category:SUGGESTION", "CATEGORY_CHANGED")).isEqualTo(1);
            assertThat(historyLines("category:BILLING", "CATEGORY_CHANGED")).isEqualTo(1);
        }
        assertProblem(api.tryLog("agent1", newComplaint("SUGGESTION", "SIMPLE")), 400, "category");
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            agent.open("/agent/new.xhtml");
            var options = new Select(agent.byId("category")).getOptions().stream().map(WebElement::getText).toList();
            assertThat(options).contains("Bills and charges").doesNotContain("Suggestion", "Billing");
        }
    }

    @Test
    void anApiKeyIsShownOnceWorksUntilRevokedAndBadInputIsRefused() throws Exception {
        String name = "sms-screen-" + System.nanoTime();
        try (Browser admin = new Browser(desk).login("admin", "demo")) {
            admin.open("/admin/api-keys.xhtml");
            admin.type("name", "x");
            admin.select("channel", "SMS");
            admin.click("create");
            admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "3 to 60 letters"));
            assertThat(TestDatabase.count(db, "select count(*) from integration_key where name = 'x'")).isZero();

            admin.type("name", name);
            admin.select("channel", "SMS");
            admin.type("team", "NORTH");
            admin.click("create");
            String key = admin.byId("createdKey").getText();
            admin.screenshot("admin-api-key-created");
            assertThat(key).startsWith("cdk_");
            assertThat(outboxStatus(key)).isEqualTo(200);
            assertThat(TestDatabase.count(db, "select count(*) from integration_key where key_hash = ?", key)).isZero();

            admin.open("/admin/api-keys.xhtml");
            assertThat(admin.source()).doesNotContain(key);
            assertThat(admin.find(By.cssSelector("tr#key-" + name)).getText()).contains("SMS", "NORTH", "active");

            // a plain click: it opens a confirmation, which a retried click would dismiss
            admin.find(By.cssSelector("tr#key-" + name + " input[type=submit]")).click();
            admin.driver().switchTo().alert().accept();
            admin.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "The key of " + name + " is revoked."));
            assertThat(admin.find(By.cssSelector("tr#key-" + name + " .state")).getText()).contains("revoked", "admin");
            assertThat(outboxStatus(key)).isEqualTo(401);
            assertThat(historyLines("api-key:" + name, "API_KEY_CREATED")).isEqualTo(1);
            assertThat(historyLines("api-key:" + name, "API_KEY_REVOKED")).isEqualTo(1);
        }
    }

    @Test
    void theAdministrationScreensSpeakChineseToo() {
        try (Browser admin = new Browser(desk).login("admin", "demo")) {
            admin.open("/admin/api-keys.xhtml");
            admin.select("language", "繁體中文");
            admin.waitFor(ExpectedConditions.textToBe(By.id("areaTitle"), "API 金鑰"));
            admin.select("language", "简体中文");
            admin.waitFor(ExpectedConditions.textToBe(By.id("areaTitle"), "API 密钥"));
            admin.open("/admin/settings.xhtml");
            assertThat(admin.byId("areaTitle").getText()).isEqualTo("时限设置");
            admin.select("language", "English");
            admin.waitFor(ExpectedConditions.textToBe(By.id("areaTitle"), "Deadline windows"));
        }
    }

    @Test
    void onlyAdministratorsOpenTheAdministrationScreens() {
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            for (String page : new String[] {"/admin/settings.xhtml", "/admin/categories.xhtml", "/admin/api-keys.xhtml"}) {
                agent.open(page);
                assertThat(agent.text()).as(page).doesNotContain("Configured default", "Taken at intake", "Create key");
            }
            assertThat(agent.text()).contains("This page is for another role");
        }
    }

    private int outboxStatus(String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(desk.uri("/api/channel/sms/outbox")).header("X-Api-Key", key).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
