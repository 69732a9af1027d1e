package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SecondLane;
import org.complaintdesk.it.support.SharedDesk;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every screen, as the role that uses it sees it, in English and in Chinese, checked by axe-core (the engine behind
 * the browsers' own accessibility audits) in a real Chromium: no critical or serious violation of WCAG 2.1 A/AA; and
 * the markup of each, as the server sends it, valid HTML by the Nu HTML Checker. A screenshot of each screen in each
 * language is left in target/screenshots for people to look at. One browser per language goes through the screens of
 * each user in turn.
 */
@Order(SecondLane.BESIDE)
class AccessibilityIT {

    private final DeskServer desk = SharedDesk.server();
    private final ComplaintApi api = new ComplaintApi(desk);

    /** The screens of each user, with a complaint at each step a screen needs. */
    private Map<String, List<String>> screensByUser() {
        String recording = api.logNumber("agent1", "BILLING", "SIMPLE");
        String replying = api.logAwaitingReply("agent1", "DELIVERY", "COMPLEX");
        String escalated = api.logEscalated("agent1", "AGENT_ATTITUDE");
        Map<String, List<String>> screens = new LinkedHashMap<>();
        screens.put("agent1", List.of("/index.xhtml", "/agent/index.xhtml", "/agent/new.xhtml", "/agent/work.xhtml",
                "/agent/record.xhtml?number=" + recording, "/agent/reply.xhtml?number=" + replying,
                "/complaint.xhtml?number=" + replying, "/alerts.xhtml", "/search.xhtml"));
        screens.put("lead1", List.of("/index.xhtml", "/lead/index.xhtml", "/lead/board.xhtml", "/lead/queue.xhtml",
                "/lead/handle.xhtml?number=" + escalated, "/lead/handover.xhtml", "/lead/team.xhtml"));
        screens.put("supervisor1", List.of("/index.xhtml", "/supervisor/index.xhtml", "/lead/team.xhtml"));
        screens.put("auditor1", List.of("/index.xhtml", "/audit/index.xhtml", "/audit/complaint.xhtml?number=" + replying));
        screens.put("admin", List.of("/admin/index.xhtml", "/admin/users.xhtml", "/admin/user.xhtml?username=agent1",
                "/admin/teams.xhtml", "/admin/categories.xhtml", "/admin/settings.xhtml", "/admin/calendars.xhtml",
                "/admin/mail.xhtml", "/admin/api-keys.xhtml", "/admin/attention.xhtml", "/admin/history.xhtml"));
        return screens;
    }

    /** axe-core, as the browser runs it here, does report a serious problem: an image without a text alternative, put on the page. */
    private static void assertAxeFindsAnImageWithoutText(Browser browser) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.body.appendChild(document.createElement('img')).src = 'logo.png';");
        assertThat(browser.accessibilityProblems()).as("axe-core on a page with an image without alt").anyMatch(p -> p.contains("image-alt"));
        browser.open("/login.xhtml");
    }

    private static List<String> where(String screen, List<String> errors) {
        return errors.stream().map(error -> screen + ": " + error).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "zh-CN"})
    void everyScreenHasNoSeriousAccessibilityProblemAndValidMarkup(String language) {
        List<String> problems = new ArrayList<>();
        List<CompletableFuture<List<String>>> markup = new ArrayList<>();
        List<String> blocked = new ArrayList<>();
        try (Browser browser = new Browser(desk, language)) {
            browser.open("/login.xhtml");
            assertAxeFindsAnImageWithoutText(browser);
            browser.screenshot("screen-" + language + "-login");
            browser.accessibilityProblems().forEach(p -> problems.add("/login.xhtml: " + p));
            markup.add(browser.markupErrors().thenApply(errors -> where("/login.xhtml", errors)));
            browser.scriptErrors().forEach(v -> blocked.add("/login.xhtml: " + v));
            for (Map.Entry<String, List<String>> user : screensByUser().entrySet()) {
                browser.switchTo(user.getKey(), "demo");
                for (String screen : user.getValue()) {
                    browser.open(screen);
                    browser.screenshot("screen-" + language + "-" + user.getKey() + screen.replaceAll("\\?.*", "").replace(".xhtml", "").replace('/', '-'));
                    browser.accessibilityProblems().forEach(p -> problems.add(screen + " (" + user.getKey() + "): " + p));
                    markup.add(browser.markupErrors().thenApply(errors -> where(screen, errors)));
                    browser.scriptErrors().forEach(v -> blocked.add(screen + ": " + v));
                }
            }
        }
        assertThat(problems).as("axe-core, %s", language).isEmpty();
        assertThat(markup.stream().flatMap(errors -> errors.join().stream())).as("Nu HTML Checker, %s", language).isEmpty();
        assertThat(blocked).as("what the Content-Security-Policy blocked or scripts that failed, %s", language).isEmpty();
    }
}
