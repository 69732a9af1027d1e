package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.complaintdesk.it.support.DeskRhythm;
import org.complaintdesk.it.support.DueTimers;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ClusterDesks;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.NginxBalancer;
import org.complaintdesk.it.support.OffSharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Several desks as one, for the screens: two desks on one database behind a real nginx (sticky sessions by Payara's
 * jvmRoute, websockets passed through) and a browser whose session lives on each. An alert raised on either desk, by
 * a person's step or by a timer, shows once on the open pages of its recipients on both desks, without a reload.
 * The desks and nginx are the run's {@link ClusterDesks}.
 */
@OffSharedDesk
class AlertsAcrossDesksIT {

    private static final String PAGE_MARK = "return window.stillTheSamePage === true";

    @Test
    void anAlertRaisedOnOneDeskShowsOnTheOpenPagesServedByEither() {
        ClusterDesks cluster = ClusterDesks.get();
        String db = cluster.databaseUrl();
        DeskServer one = cluster.one();
        DeskServer two = cluster.two();
        NginxBalancer nginx = cluster.nginx();
        Browser lead = sessionOn("desk2", nginx, "lead1", "/lead/queue.xhtml");
        Browser supervisor = sessionOn("desk1", nginx, "supervisor1", "/supervisor/index.xhtml");
        try {
            // an escalation at once alerts the team lead of the agent's team, and the supervisors, in the step's
            // own transaction: logged and recorded straight on desk 1, then on desk 2
            String fromOne = new ComplaintApi(one).logEscalated("agent1", "DELIVERY");
            awaitShown(lead, fromOne, 1);
            awaitShown(supervisor, fromOne, 1);
            String fromTwo = new ComplaintApi(two).logEscalated("agent1", "DELIVERY");
            awaitShown(lead, fromTwo, 1);
            awaitShown(supervisor, fromTwo, 1);

            // each lead's deadline passes: a timer on whichever desk escalates to the supervisors
            DueTimers.leadDeadlinesPassed(db, List.of(fromOne, fromTwo));
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                assertThat(shown(supervisor, fromOne)).isEqualTo(2);
                assertThat(shown(supervisor, fromTwo)).isEqualTo(2);
            });
            // once each, on the pages opened before any of it
            await().during(DeskRhythm.QUIET).atMost(Duration.ofSeconds(8)).untilAsserted(() -> {
                assertThat(shown(lead, fromOne)).isEqualTo(1);
                assertThat(shown(lead, fromTwo)).isEqualTo(1);
                assertThat(shown(supervisor, fromOne)).isEqualTo(2);
                assertThat(shown(supervisor, fromTwo)).isEqualTo(2);
            });
            assertThat(TestDatabase.count(db, "select count(*) from alert where kind = 'ESCALATION' and complaint_number in (?, ?)",
                    fromOne, fromTwo)).isEqualTo(4);
            for (Browser browser : List.of(lead, supervisor)) {
                assertThat(((JavascriptExecutor) browser.driver()).executeScript(PAGE_MARK)).isEqualTo(true);
                assertThat(browser.url()).startsWith(nginx.uri("/").toString());
            }
            lead.screenshot("alerts-across-desks-lead");
            supervisor.screenshot("alerts-across-desks-supervisor");
        } finally {
            // nginx writes a websocket's line in its access log when the socket closes
            lead.close();
            supervisor.close();
        }
        assertStickyWithWebsockets(nginx.accessLog(), cluster.byRoute());
        for (DeskServer desk : List.of(one, two)) {
            assertThat(new DeskClient(desk).get("/health/ready").body()).as(desk.toString())
                    .containsPattern("\"liveAlerts\"\\s*:\\s*\"UP\"");
            assertThat(desk.logText()).as(desk.toString()).contains("Live alerts: listening on PostgreSQL channel desk_alerts")
                    .doesNotContain("Live alerts: not listening", "Live alerts: could not show");
            assertThat(desk.severeRecords()).as(desk.toString()).isEmpty();
        }
    }

    /**
     * A browser logged in through nginx whose session lives on the desk of the given route (new sessions go round
     * robin, so it takes at most a few tries), with the page open, its live alerts connected, and marked to tell a
     * reload.
     */
    private static Browser sessionOn(String route, NginxBalancer nginx, String username, String page) {
        for (int attempt = 0; attempt < 4; attempt++) {
            Browser browser = new Browser(nginx.uri(""), "en-US").login(username, "demo");
            Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
            assertThat(session).as("session cookie").isNotNull();
            assertThat(session.getValue()).as("Payara's jvmRoute suffix").matches(".+\\.desk[12]");
            if (session.getValue().endsWith("." + route)) {
                browser.open(page);
                browser.find(By.cssSelector("#liveStrip[data-connected='true']"));
                browser.keepLiveAlerts();
                ((JavascriptExecutor) browser.driver()).executeScript("window.stillTheSamePage = true");
                return browser;
            }
            browser.close();
        }
        throw new AssertionError("no session on " + route + " in 4 logins through nginx");
    }

    private static void awaitShown(Browser browser, String number, int times) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(shown(browser, number)).isEqualTo(times));
    }

    private static int shown(Browser browser, String number) {
        return browser.driver().findElements(By.cssSelector(
                "#liveAlerts [data-kind='ESCALATION'][data-complaint='" + number + "']")).size();
    }

    /**
     * Every request that carried a desk's session went to that desk, and each desk answered a websocket upgrade
     * (status 101) through nginx.
     */
    private static void assertStickyWithWebsockets(List<String> accessLog, Map<String, DeskServer> desksByRoute) {
        assertThat(accessLog).isNotEmpty();
        desksByRoute.forEach((route, desk) -> {
            String upstream = "127.0.0.1:" + desk.port();
            List<String> ofSession = accessLog.stream().filter(line -> line.contains("." + route + " ")).toList();
            assertThat(ofSession).as("requests with a session on " + route).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).contains(" " + upstream + " "));
            assertThat(ofSession).as("websockets on " + route)
                    .anySatisfy(line -> assertThat(line).startsWith("101 ").contains("/jakarta.faces.push/alerts"));
        });
    }
}
