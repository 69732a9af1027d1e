package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SecondLane;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The lead's team view: the team's open complaints, filtered, reached from the board's counts, in both languages. */
@Order(SecondLane.BESIDE)
class TeamViewIT {

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();
    private final ComplaintApi api = new ComplaintApi(desk);

    /** A fresh agent of team NORTH, so that the board's line and the view's rows are this test's alone. */
    private String newNorthAgent() {
        String username = "agent-t" + (System.nanoTime() % 1_000_000_000L);
        long id = 800_000L + (System.nanoTime() % 90_000L);
        TestDatabase.execute(db, "insert into desk_user (id, username, employee_number, display_name, password_hash, role, team_id,"
                + " enabled, created_at, version) select ?, ?, ?, 'Team view agent', password_hash, 'AGENT', team_id, true, now(), 1"
                + " from desk_user where username = 'agent1'", id, username, "T" + id);
        return username;
    }

    private static List<String> rowNumbers(Browser browser) {
        if (browser.driver().findElements(By.id("teamComplaints")).isEmpty()) {
            return List.of();
        }
        return browser.driver().findElements(By.cssSelector("#teamComplaints tbody tr")).stream()
                .map(row -> row.getAttribute("data-number")).toList();
    }

    private static WebElement boardLine(Browser lead, String agent) {
        return lead.find(By.xpath("//table[@id='board']//tr[td[1][normalize-space()='" + agent + "']]"));
    }

    @Test
    void aLeadDrillsDownFromTheBoardAndFiltersTheTeamsComplaints() {
        String agent = newNorthAgent();
        String complex = api.logAwaitingReply(agent, "DELIVERY", "COMPLEX");
        String overdue = api.logAwaitingReply(agent, "BILLING", "COMPLEX");
        String recording = api.logNumber(agent, "BILLING", "SIMPLE");
        // one complaint past its deadline without waiting for the clock: the view reads the recorded deadline
        TestDatabase.execute(db, "update complaint set reply_deadline = now() - interval '10 minutes' where number = ?", overdue);

        try (Browser lead = new Browser(desk).login("lead1", "demo")) {
            lead.open("/lead/board.xhtml");
            WebElement line = boardLine(lead, agent);
            assertThat(line.findElement(By.cssSelector("a.open")).getText()).isEqualTo("3");
            line.findElement(By.cssSelector("a.overdue-link")).click();
            lead.waitFor(ExpectedConditions.urlContains("urgency=OVERDUE"));
            assertThat(rowNumbers(lead)).containsExactly(overdue);
            assertThat(new Select(lead.byId("agent")).getFirstSelectedOption().getText()).isEqualTo(agent);
            assertThat(new Select(lead.byId("urgency")).getFirstSelectedOption().getText()).isEqualTo("Overdue");

            // the board's "open" count lists all three, the most urgent first
            lead.open("/lead/board.xhtml");
            boardLine(lead, agent).findElement(By.cssSelector("a.open")).click();
            lead.waitFor(ExpectedConditions.urlContains("agent=" + agent));
            assertThat(rowNumbers(lead)).hasSize(3).startsWith(overdue).contains(complex, recording);
            assertThat(lead.byId("shown").getText()).isEqualTo("Complaints 1 to 3 of 3, the reply due first first.");

            // filters chosen on the page become its address
            lead.select("complexity", "Complex");
            lead.select("category", "Delivery");
            lead.click("apply");
            lead.waitFor(ExpectedConditions.urlContains("complexity=COMPLEX"));
            assertThat(lead.url()).contains("category=DELIVERY", "agent=" + agent);
            assertThat(rowNumbers(lead)).containsExactly(complex);

            // the same view in Chinese, filters kept
            lead.select("language", "简体中文");
            lead.waitFor(ExpectedConditions.textToBe(By.id("areaTitle"), "小组未结案的投诉"));
            assertThat(rowNumbers(lead)).containsExactly(complex);
            assertThat(lead.byId("teamComplaints").getText()).contains("配送", "复杂", "待答复");
            assertThat(lead.byId("who").getText()).contains("北区组").doesNotContain("NORTH");
            lead.screenshot("team-view-zh-CN");
            lead.select("language", "English");
            lead.waitFor(ExpectedConditions.textToBe(By.id("areaTitle"), "The team's open complaints"));
            assertThat(lead.byId("who").getText()).contains("Team North");

            // "hand over" opens the hand-over screen with that complaint ticked
            lead.click(By.cssSelector("#teamComplaints tr[data-number='" + complex + "'] a.move"));
            lead.waitFor(ExpectedConditions.urlContains("/lead/handover.xhtml"));
            WebElement held = lead.find(By.cssSelector("#held tr[data-number='" + complex + "'] input[type=checkbox]"));
            assertThat(held.isSelected()).isTrue();
            assertThat(lead.driver().findElements(By.cssSelector("#held input[type=checkbox]:checked"))).hasSize(1);

            // a refusal of the service, in the page's language: the complaint is that agent's already
            lead.select("language", "简体中文");
            lead.waitFor(ExpectedConditions.textToBe(By.id("areaTitle"), "交接投诉"));
            assertThat(lead.find(By.cssSelector("#held tr[data-number='" + complex + "'] input[type=checkbox]")).isSelected()).isTrue();
            lead.select("to", agent);
            lead.type("reason", "班次结束");
            lead.click("handOver");
            lead.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id$=':messages']"),
                    "投诉 " + complex + " 已经由 " + agent + " 负责。"));
            lead.select("language", "English");
            lead.waitFor(ExpectedConditions.textToBe(By.id("areaTitle"), "Hand complaints over"));
        }
    }

    @Test
    void aLeadSeesOnlyTheOwnTeamWhateverTheAddressSays() {
        String agent = newNorthAgent();
        String number = api.logAwaitingReply(agent, "BILLING", "COMPLEX");
        try (Browser otherLead = new Browser(desk).login("lead2", "demo")) {
            otherLead.open("/lead/team.xhtml?team=NORTH&agent=" + agent);
            assertThat(otherLead.byId("none").getText()).isEqualTo("No open complaint matches these filters.");
            assertThat(otherLead.source()).doesNotContain(number);
        }
        try (Browser supervisor = new Browser(desk, "zh-CN").login("supervisor1", "demo")) {
            supervisor.open("/lead/team.xhtml?team=NORTH&agent=" + agent);
            assertThat(rowNumbers(supervisor)).containsExactly(number);
            assertThat(new Select(supervisor.byId("team")).getFirstSelectedOption().getAttribute("value")).isEqualTo("NORTH");
        }
    }

    @Test
    void anUnknownFilterInTheAddressIsSaidPlainlyAndNothingBreaks() {
        try (Browser lead = new Browser(desk).login("lead1", "demo")) {
            lead.open("/lead/team.xhtml?urgency=SOMEDAY&page=-4");
            assertThat(lead.byId("areaTitle").getText()).isEqualTo("The team's open complaints");
            assertThat(lead.byId("paramMessages").getText()).isNotBlank();
            assertThat(lead.text()).doesNotContain("Exception", "SOMEDAY");
        }
    }
}
