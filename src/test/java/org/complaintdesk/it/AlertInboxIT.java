package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SecondLane;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The alert inbox with read marks per person and the unread count in the header: a team of its own (made behind the
 * desk's back, so that no other test's alerts reach its lead), whose lead reads an escalation alert that stays unread
 * for the supervisor, who sees the team leads' alerts too.
 */
@Order(SecondLane.BESIDE)
class AlertInboxIT {

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();
    private final ComplaintApi api = new ComplaintApi(desk);

    /** A new user of the given role and team, with the demo password (agent1's hash). */
    private String newUser(String prefix, String role, long teamId) {
        long id = 800_000L + (System.nanoTime() % 90_000L);
        String username = prefix + id;
        TestDatabase.execute(db, "insert into desk_user (id, username, employee_number, display_name, password_hash, role, team_id,"
                + " enabled, created_at, version) select ?, ?, ?, 'Inbox test', password_hash, ?, ?, true, now(), 1"
                + " from desk_user where username = 'agent1'", id, username, "I" + id, role, teamId);
        return username;
    }

    @Test
    void aLeadReadsATeamAlertForThemselvesAndTheHeaderCountsWhatIsUnread() {
        long teamId = 700_000L + (System.nanoTime() % 90_000L);
        TestDatabase.execute(db, "insert into desk_team (id, code, name) values (?, ?, 'Inbox test team')", teamId, "INBOX" + teamId);
        String agent = newUser("agent-i", "AGENT", teamId);
        String lead = newUser("lead-i", "TEAM_LEAD", teamId);

        try (Browser browser = new Browser(desk).login(lead, "demo")) {
            browser.open("/alerts.xhtml");
            assertThat(browser.byId("unreadAlerts").getAttribute("class")).contains("empty");

            String number = api.logEscalated(agent, "BILLING");
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                    .until(() -> !api.alerts(lead, number, "ESCALATION").isEmpty());
            // the live alert counts itself in at once; a new page counts from the database
            browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("#unreadAlerts .n"), "1"));
            browser.open("/alerts.xhtml");
            assertThat(browser.find(By.cssSelector("#unreadAlerts .n")).getText()).isEqualTo("1");

            browser.click(By.cssSelector("tr.unread[data-complaint='" + number + "'] input[type=submit]"));
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr.read[data-complaint='" + number + "']")));
            browser.open("/alerts.xhtml");
            assertThat(browser.byId("unreadAlerts").getAttribute("class")).contains("empty");

            long id = api.alerts(lead, number, "ESCALATION").get(0).path("id").asLong();
            assertThat(api.alerts("supervisor1", number, "ESCALATION").stream().filter(a -> a.path("id").asLong() == id)
                    .findFirst().orElseThrow().path("read").asBoolean()).as("the supervisor's mark is their own").isFalse();
            // one complaint's alerts as the desk picks them (?complaint=): only its own, though a supervisor sees every team's
            assertThat(api.alerts("supervisor1", number)).isNotEmpty()
                    .allSatisfy(alert -> assertThat(alert.path("complaintNumber").asString()).isEqualTo(number));
        }
    }

    @Test
    void anAlertSpeaksEachReadersLanguageLiveInTheInboxAndByApi() {
        long teamId = 700_000L + (System.nanoTime() % 90_000L);
        TestDatabase.execute(db, "insert into desk_team (id, code, name) values (?, ?, 'Language test team')", teamId, "LANG" + teamId);
        String agent = newUser("agent-l", "AGENT", teamId);
        String lead = newUser("lead-l", "TEAM_LEAD", teamId);

        try (Browser browser = new Browser(desk).login(lead, "demo")) {
            browser.open("/alerts.xhtml");
            // the lead chooses Traditional Chinese: the choice is theirs, not only this browser's
            browser.select("language", "繁體中文");
            browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-TW"));

            String number = api.logEscalated(agent, "BILLING");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("liveAlerts"), number + " 已升級（須立即聯繫客戶）：請在"),
                    Duration.ofSeconds(15));
            browser.open("/alerts.xhtml");
            assertThat(browser.find(By.cssSelector("tr[data-complaint='" + number + "']")).getText()).contains("已升級（須立即聯繫客戶）");

            // the API and the logs keep the English words
            assertThat(api.alerts(lead, number, "ESCALATION").get(0).path("message").asString()).contains(number + " escalated (immediate): act by");
        }
        // the inbox shows each page in its own language, whatever the reader chose for live alerts and mails
        try (Browser english = new Browser(desk).login(lead, "demo")) {
            english.open("/alerts.xhtml");
            assertThat(english.find(By.cssSelector("tr[data-complaint]")).getText()).contains("escalated (immediate): act by");
        }
    }
}
