package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.DueTimers;
import org.complaintdesk.it.support.SecondLane;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The screens in a real headless Chromium against the desk on Payara Micro (SLA windows shortened, see SharedDesk). */
@Order(SecondLane.BESIDE)
class ScreensIT {

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();

    /** Fills the New complaint form as an agent would during a call, and logs it; returns the complaint number. */
    private static String logComplaint(Browser agent, String surname, String category, String account) {
        agent.open("/agent/new.xhtml");
        agent.type("customerSurname", surname);
        agent.type("contactPhone", "13800138000");
        agent.select("category", category);
        agent.type("customerAccount", account);
        agent.click("save");
        agent.waitFor(ExpectedConditions.urlContains("number="));
        return agent.byId("number").getText();
    }

    /** Apologise and record as the call went: the apology offered and accepted, the complaint restated, an outcome chosen. */
    private static void recordApology(Browser agent, String outcome) {
        agent.tick("apologyOffered");
        agent.tick("apologyAccepted");
        agent.type("restatement", "Charged twice; wants the second charge back");
        chooseOutcome(agent, outcome);
        // a box or a choice pressed moves nothing: the Record button stays under the pointer going down on it
        assertThat(agent.shiftsAfterInput()).as("content moved by a press").isEmpty();
        agent.click("record");
        agent.waitFor(ExpectedConditions.urlContains("/complaint.xhtml"));
    }

    private static void chooseOutcome(Browser agent, String outcome) {
        agent.click(By.cssSelector("input[name='recordForm:outcome'][value='" + outcome + "']"));
    }

    @Test
    void anAgentLogsAComplaintRecordsTheApologyAndSeesTheDeadline() {
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            String number = logComplaint(agent, "Zhao", "Billing", "Charged twice for November");
            assertThat(agent.url()).contains("/agent/record.xhtml");
            assertThat(agent.byId("standardWords").getText()).contains("check every charge").doesNotContain("can't", " but ");
            assertThat(agent.byId("promise").getText()).matches("We will give you a clear reply by \\d{2}:\\d{2}( tomorrow)?");
            recordApology(agent, "NEEDS_REPLY");
            assertThat(agent.byId("status").getText()).isEqualTo("Awaiting reply");
            // switching the language keeps the page and its complaint
            agent.select("language", "简体中文");
            agent.waitFor(ExpectedConditions.textToBe(By.id("status"), "待答复"));
            assertThat(agent.byId("number").getText()).isEqualTo(number);
            agent.select("language", "English");
            agent.waitFor(ExpectedConditions.textToBe(By.id("status"), "Awaiting reply"));
            assertThat(agent.byId("openSteps").getText()).contains("Reply to customer");
            assertThat(agent.byId("timeline").getText()).contains("Logged", "Apologised and recorded");
            // the timeline speaks the page's language and time: no element ids, no UTC instants
            assertThat(agent.byId("timeline").getText()).doesNotContain("task_").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
            agent.screenshot("agent-complaint");
            assertThat(number).matches("C-\\d{8}-\\d{4,}");
        }
    }

    @Test
    void theApologyStepChoosesNothingForTheAgentAndResolvesOnTheSpotOnlyAfterTheApology() {
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            String number = logComplaint(agent, "Wu", "Billing", "Charged twice for December");
            for (String box : new String[] {"apologyOffered", "apologyAccepted", "contactConfirmed"}) {
                assertThat(agent.byId(box).isSelected()).as(box).isFalse();
                // the box stands before its label, on the same line
                var label = agent.find(By.cssSelector("label[for$=':" + box + "']"));
                assertThat(Math.abs(label.getRect().getY() - agent.byId(box).getRect().getY())).as(box).isLessThan(12);
                assertThat(label.getRect().getX()).as(box).isGreaterThan(agent.byId(box).getRect().getX());
            }
            assertThat(agent.driver().findElements(By.cssSelector("input[name='recordForm:outcome']:checked"))).isEmpty();
            assertThat(agent.byId("restatement").getAttribute("value")).isEmpty();

            // resolved on the spot without the apology and without restating the complaint: refused, nothing changes
            chooseOutcome(agent, "RESOLVED");
            agent.type("resolution", "Refunded during the call");
            agent.click("record");
            agent.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "The apology comes before"));
            assertThat(agent.url()).contains("/agent/record.xhtml");
            assertThat(agent.text()).contains("Restate the complaint");
            assertThat(TestDatabase.count(db, "select count(*) from complaint where number = ? and status = 'OPEN'", number)).isEqualTo(1);

            agent.tick("apologyOffered");
            agent.type("restatement", "Charged twice for December; wants the second charge back");
            agent.click("record");
            agent.waitFor(ExpectedConditions.urlContains("/complaint.xhtml"));
            assertThat(agent.byId("status").getText()).isEqualTo("Closed");
        }
    }

    @Test
    void theCustomerIsPromisedTheDayWhenTheReplyIsNotDueToday() {
        try (Browser agent = new Browser(desk, "zh-CN").login("agent1", "demo")) {
            agent.open("/agent/new.xhtml");
            agent.type("customerSurname", "Zhou");
            agent.type("contactPhone", "13800138000");
            new org.openqa.selenium.support.ui.Select(agent.byId("category")).selectByValue("BILLING");
            new org.openqa.selenium.support.ui.Select(agent.byId("complexity")).selectByValue("COMPLEX");
            agent.type("customerAccount", "Charged for a plan I never ordered");
            agent.click("save");
            agent.waitFor(ExpectedConditions.urlContains("/agent/record.xhtml"));
            // the shared desk's complex window is 24 hours round the clock: the reply is due tomorrow
            assertThat(agent.byId("promise").getText()).matches("我们会在明天 \\d{2}:\\d{2}前给您明确的答复");
            // a refusal is said in the page's language too
            chooseOutcome(agent, "RESOLVED");
            agent.type("resolution", "当场退款");
            agent.click("record");
            agent.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "须先向客户致歉"));
        }
    }

    @Test
    void aHarassmentCallShowsTheAgentTheWordsAndThatTheLeadWasTold() {
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            logComplaint(agent, "Anonymous", "Harassment", "Called five times to insult the agents");
            assertThat(agent.url()).contains("/complaint.xhtml");
            assertThat(agent.byId("harassment").getText()).contains("please end the call now");
            assertThat(agent.byId("leadTold").getText()).contains("Your team lead was told at");
        }
    }

    /** An agent back from a long pause ticks a box on a page whose session has ended: the login, then the same page. */
    @Test
    void anAjaxControlUsedAfterTheSessionEndedLeadsToTheLoginAndBackToThePage() {
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            agent.open("/alerts.xhtml");
            agent.byId("unreadOnly");
            agent.driver().manage().deleteCookieNamed("JSESSIONID");
            agent.click("unreadOnly");
            agent.waitFor(ExpectedConditions.urlContains("/login.xhtml"));
            agent.type("username", "agent1");
            agent.type("password", "demo");
            agent.click("submit");
            agent.waitFor(ExpectedConditions.urlContains("/alerts.xhtml"));
            assertThat(agent.byId("unreadOnly").isDisplayed()).isTrue();
        }
    }

    /** Logged out in another tab: the page left open says its live alerts are off, instead of looking live and silent. */
    @Test
    void aPageWhoseLiveAlertsEndedSaysSo() {
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            // a form being filled in (My work would reload itself on an alert from another test, to the login page)
            agent.open("/agent/new.xhtml");
            agent.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#liveStrip .live-state.on"),
                    "Live alerts appear here"));
            String page = agent.driver().getWindowHandle();
            agent.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            agent.open("/agent/index.xhtml");
            agent.click("logout");
            agent.waitFor(ExpectedConditions.urlContains("/login.xhtml"));
            agent.driver().close();
            agent.driver().switchTo().window(page);
            agent.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#liveStrip .live-state.off"),
                    "Live alerts are off"));
            assertThat(agent.find(By.cssSelector("#liveStrip .live-state.on")).isDisplayed()).isFalse();
            assertThat(agent.find(By.id("liveStrip")).getAttribute("data-connected")).isEqualTo("false");
        }
    }

    @Test
    void theAgentRecordsARatingTheCustomerGaveOnThePhone() {
        ComplaintApi api = new ComplaintApi(desk);
        String number = api.logResolvedOnSpot("agent1", "BILLING");
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            agent.open("/complaint.xhtml?number=" + number);
            agent.click(By.cssSelector("input[name='ratingForm:rating'][value='1']"));
            agent.click("rate");
            agent.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "The rating is recorded."));
            assertThat(agent.driver().findElements(By.id("ratingForm"))).as("rated once").isEmpty();
        }
        assertThat(api.complaint(number).path("rating").asInt()).isEqualTo(1);
        assertThat(api.history(number).stream().map(h -> h.path("actor").asString() + " " + h.path("action").asString()))
                .contains("agent1 RATED");
    }

    @Test
    void eachRolesHomeIsItsDashboard() {
        String number = new ComplaintApi(desk).logNumber("agent1", "BILLING", "SIMPLE");
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            agent.open("/index.xhtml");
            assertThat(Long.parseLong(agent.byId("openSteps").getText())).isPositive();
            assertThat(Long.parseLong(agent.byId("loggedToday").getText())).isPositive();
            assertThat(agent.byId("mostUrgent").findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        }
        try (Browser lead = new Browser(desk).login("lead1", "demo")) {
            lead.open("/index.xhtml");
            assertThat(lead.byId("teamBoard").getText()).contains("agent1");
            assertThat(lead.byId("escalationsWaiting").getText()).matches("\\d+");
        }
        try (Browser auditor = new Browser(desk, "zh-CN").login("auditor1", "demo")) {
            auditor.open("/index.xhtml");
            // teams by their Chinese names, not their codes
            assertThat(auditor.byId("teamsToday").getText()).contains("北区组", "达标率").doesNotContain("NORTH");
        }
        assertThat(number).isNotBlank();
    }

    @Test
    void aTeamLeadClaimsAndClosesAnEscalation() {
        String number;
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            number = logComplaint(agent, "Qian", "Agent attitude", "The agent hung up on me");
            recordApology(agent, "NEEDS_REPLY");
            assertThat(agent.byId("status").getText()).isEqualTo("Escalated");
        }
        try (Browser lead = new Browser(desk).login("lead1", "demo")) {
            lead.open("/lead/queue.xhtml");
            assertThat(lead.byId("queue").getText()).contains(number);
            lead.click(By.cssSelector("input.claim[data-number='" + number + "']"));
            lead.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "You have taken this escalation."));
            lead.open("/lead/handle.xhtml?number=" + number);
            assertThat(lead.byId("assignee").getText()).isEqualTo("lead1");
            lead.type("contactNote", "Called Ms Qian, apologised for the agent");
            lead.click("recordContact");
            lead.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "The contact is recorded."));
            lead.type("reply", "We have spoken with the agent and will call you back within the hour.");
            lead.click("replyAndClose");
            lead.waitFor(ExpectedConditions.urlContains("/complaint.xhtml"));
            assertThat(lead.byId("status").getText()).isEqualTo("Closed");
            assertThat(lead.byId("timeline").getText()).contains("Claimed", "Customer contacted", "Replied", "Closed");
        }
    }

    @Test
    void anOverdueAlertAppearsOnAnOpenPageWithoutReload() {
        // an agent who never chose a language: the browser asks for English, so the pages and the alert are English
        TestDatabase.execute(db, "update desk_user set language = null where username = 'agent1'");
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            String number = logComplaint(agent, "Sun", "Delivery", "The parcel never came");
            recordApology(agent, "NEEDS_REPLY");
            agent.open("/agent/work.xhtml");
            agent.keepLiveAlerts();
            agent.find(By.cssSelector("#liveStrip[data-connected='true'] .live-state.on"));
            int mainTop = agent.find(By.tagName("main")).getRect().getY();
            // the deadline is made to pass: the desk's job executor fires its timer while this page stays open
            DueTimers.replyDeadlineNow(SharedDesk.databaseUrl(), number);
            By toast = By.cssSelector("#liveAlerts [data-kind='REPLY_OVERDUE'][data-complaint='" + number + "']");
            agent.waitFor(ExpectedConditions.presenceOfElementLocated(toast), Duration.ofSeconds(60));
            assertThat(agent.url()).endsWith("/agent/work.xhtml");
            assertThat(agent.find(toast).getText()).contains(number + ": the reply was due").doesNotContain("到期");
            agent.screenshot("live-overdue-alert");
            // the alert neither covers the page nor moves it (an agent mid-click would hit the wrong thing), and the
            // agent can put it away, even when other tests' alerts came meanwhile and pushed it down the strip
            assertThat(agent.find(By.tagName("main")).getRect().getY()).isEqualTo(mainTop);
            // (the strip, not the alert: an older alert is scrolled below the strip's edge when a newer one came)
            var strip = agent.find(By.id("liveStrip")).getRect();
            assertThat(strip.getY() + strip.getHeight()).isLessThanOrEqualTo(mainTop);
            agent.waitFor(page -> {
                page.findElements(toast).forEach(alert -> alert.findElement(By.cssSelector("button.dismiss")).click());
                return page.findElements(toast).isEmpty();
            }, Duration.ofSeconds(15));
            assertThat(agent.find(By.tagName("main")).getRect().getY()).isEqualTo(mainTop);
        }
    }

    @Test
    void anAgentCannotOpenATeamLeadsPage() {
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            agent.open("/lead/queue.xhtml");
            assertThat(agent.text()).contains("This page is for another role");
            assertThat(agent.source()).doesNotContain("Exception");
        }
    }

    @Test
    void aValidationErrorShowsNextToItsFieldAndNothingIsSaved() {
        long before = TestDatabase.count(db, "select count(*) from complaint");
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            agent.open("/agent/new.xhtml");
            agent.type("customerSurname", "Li");
            agent.type("contactPhone", "abc");
            agent.select("category", "Billing");
            // leaving the field already showed its error (Ajax); the post must show it again on the page it answers with
            agent.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[id$=':contactPhoneMessage']"), "Enter a phone number"));
            agent.type("customerAccount", "Wrong invoice");
            agent.submit("save");
            assertThat(agent.byId("contactPhoneMessage").getText()).contains("Enter a phone number");
            assertThat(agent.url()).contains("/agent/new.xhtml");
            // the error is tied to its field for a screen reader; required fields say so
            assertThat(agent.byId("contactPhone").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(agent.byId("contactPhone").getAttribute("aria-describedby")).isEqualTo(agent.byId("contactPhoneMessage").getAttribute("id"));
            assertThat(agent.byId("customerSurname").getAttribute("aria-invalid")).isNull();
            assertThat(agent.byId("customerAccount").getAttribute("aria-required")).isEqualTo("true");
            // and the page with its errors passes axe-core as the clean one does
            assertThat(agent.accessibilityProblems()).isEmpty();
        }
        assertThat(TestDatabase.count(db, "select count(*) from complaint")).isEqualTo(before);
    }

    @Test
    void theLoginPageAndTheErrorPagesSpeakChinese() {
        try (Browser anonymous = new Browser(desk, "zh-CN")) {
            anonymous.open("/login.xhtml");
            assertThat(anonymous.find(By.cssSelector("label[for='username']")).getText()).isEqualTo("用户名");
            anonymous.type("username", "agent1");
            anonymous.type("password", "wrong");
            anonymous.click("submit");
            anonymous.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "用户名或密码错误。"));
            // a choice of language before logging in
            anonymous.select("language", "English");
            anonymous.waitFor(ExpectedConditions.textToBe(By.cssSelector("label[for='username']"), "User name"));
            assertThat(anonymous.find(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            anonymous.select("language", "繁體中文");
            anonymous.waitFor(ExpectedConditions.textToBe(By.cssSelector("label[for='username']"), "使用者名稱"));
            anonymous.type("username", "agent1");
            anonymous.type("password", "demo");
            anonymous.click("submit");
            anonymous.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("login.xhtml")));
            anonymous.open("/no-such-page.xhtml");
            assertThat(anonymous.text()).contains("此页面不存在", "此頁面不存在", "This page does not exist");
        }
    }

    @Test
    void theLanguageSwitchChangesThePageAndSticks() {
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            agent.open("/agent/new.xhtml");
            assertThat(agent.text()).contains("New complaint");
            agent.select("language", "简体中文");
            agent.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "新"));
            String simplified = agent.find(By.tagName("h1")).getText();
            agent.open("/agent/work.xhtml");
            assertThat(agent.text()).doesNotContain("My work");
            agent.select("language", "繁體中文");
            agent.open("/agent/new.xhtml");
            assertThat(agent.find(By.tagName("h1")).getText()).isNotEqualTo("New complaint").isNotEqualTo(simplified);
        }
    }

    @Test
    void aCustomersTextIsShownAsTextNeverRunAsScript() {
        try (Browser agent = new Browser(desk).login("agent1", "demo")) {
            String number = logComplaint(agent, "Zhou", "Other", "<script>alert(1)</script>");
            agent.open("/complaint.xhtml?number=" + number);
            assertThat(agent.byId("customerAccount").getText()).isEqualTo("<script>alert(1)</script>");
            assertThat(agent.source()).doesNotContain("<script>alert(1)</script>");
        }
    }
}
