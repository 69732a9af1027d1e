package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.DeskClient;
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

/**
 * The administrator's screens for users, teams and the admin history in a real Chromium. The desk is shared by
 * every IT: each test makes its own users and teams (unique per run) and never changes the demo users.
 */
@Order(SecondLane.BESIDE)
class AdminUsersIT {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();

    /** Digits unique to this run and call: for user names, employee numbers and team codes. */
    private static String unique() {
        return Long.toString(System.currentTimeMillis() % 100_000_000L) + COUNTER.incrementAndGet();
    }

    private int me(String username, String password) {
        return new DeskClient(desk).basic(username, password).get("/api/me").statusCode();
    }

    private static void waitForText(Browser browser, String text) {
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    private static void fillNewUser(Browser admin, String username, String employeeNumber, String role, String team, String password) {
        admin.type("username", username);
        admin.type("employeeNumber", employeeNumber);
        admin.type("displayName", "Test User " + username);
        admin.select("role", role);
        new Select(admin.byId("team")).selectByValue(team);
        admin.type("email", username + "@complaintdesk.example");
        admin.type("password", password);
        admin.click("create");
    }

    @Test
    void anAdministratorManagesAUserAndTheHistoryShowsEachChange() {
        String id = unique();
        String username = "it" + id;
        String first = "first-pass-" + id;
        String second = "second-pass-" + id;
        try (Browser admin = new Browser(desk).login("admin", "demo")) {
            admin.open("/admin/index.xhtml");
            admin.click("linkUsers");
            admin.waitFor(ExpectedConditions.urlContains("/admin/users.xhtml"));
            fillNewUser(admin, username, "E" + id, "Agent", "NORTH", first);
            waitForText(admin, "The user is created.");
            assertThat(admin.find(By.cssSelector("tr[data-username='" + username + "']")).getText())
                    .contains(username, "E" + id, "Agent", "NORTH", "Yes");

            HttpResponse<String> me = new DeskClient(desk).basic(username, first).get("/api/me");
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"AGENT\"", "\"NORTH\"", "E" + id);

            // the new user's own browser session, open while the administrator changes the account
            DeskClient session = new DeskClient(desk);
            assertThat(session.login(username, first).statusCode()).isEqualTo(302);
            assertThat(session.get("/agent/work.xhtml").statusCode()).isEqualTo(200);

            admin.click(By.cssSelector("a.edit-user[data-username='" + username + "']"));
            admin.waitFor(ExpectedConditions.urlContains("/admin/user.xhtml"));
            assertThat(TestDatabase.count(db, "select count(*) from desk_user where username = '" + username + "' and language = 'zh-CN'"))
                    .as("a new user's alerts and e-mails speak Simplified Chinese unless chosen").isEqualTo(1);
            admin.select("role", "Team lead");
            new Select(admin.byId("team")).selectByValue("SOUTH");
            admin.select("editForm:language", "English");
            admin.click("save");
            waitForText(admin, "The changes are saved.");
            assertThat(TestDatabase.count(db, "select count(*) from desk_user where username = '" + username + "' and language = 'en'")).isEqualTo(1);
            me = new DeskClient(desk).basic(username, first).get("/api/me");
            assertThat(me.body()).contains("\"TEAM_LEAD\"", "\"SOUTH\"");
            assertThat(session.get("/agent/work.xhtml").statusCode()).as("the session of the old role ended").isEqualTo(302);

            admin.type("password", second);
            admin.click("resetPassword");
            waitForText(admin, "The new password is set");
            assertThat(me(username, first)).as("old password").isEqualTo(401);
            assertThat(me(username, second)).as("new password").isEqualTo(200);
            assertThat(session.login(username, second).statusCode()).isEqualTo(302);
            assertThat(session.get("/lead/queue.xhtml").statusCode()).isEqualTo(200);

            admin.click("disable");
            waitForText(admin, "The user is disabled.");
            assertThat(admin.byId("state").getText()).contains("cannot log in");
            assertThat(me(username, second)).as("disabled").isEqualTo(401);
            assertThat(session.postForm("/lead/queue.xhtml", java.util.Map.of("jakarta.faces.partial.ajax", "true"), "Faces-Request", "partial/ajax")
                    .body()).as("an Ajax request of the disabled user's page").contains("<partial-response><redirect url=\"/login.xhtml\">");
            assertThat(session.get("/lead/queue.xhtml").statusCode()).as("the disabled user's session ended").isEqualTo(302);
            assertThat(new DeskClient(desk).login(username, second).body()).contains("User name or password is wrong.");

            admin.click("enable");
            waitForText(admin, "The user is enabled.");
            assertThat(me(username, second)).as("enabled again").isEqualTo(200);

            admin.click("linkUsers");
            admin.click("linkHistory");
            admin.waitFor(ExpectedConditions.urlContains("/admin/history.xhtml"));
            admin.type("subject", "user:" + username);
            admin.click("filter");
            admin.waitFor(ExpectedConditions.urlContains("subject="));
            admin.find(By.cssSelector("#history tr[data-action='USER_CREATED']"));
            List<String> actions = admin.driver().findElements(By.cssSelector("#history tbody tr")).stream()
                    .map(row -> row.getAttribute("data-action")).toList();
            assertThat(actions).containsExactly("USER_ENABLED", "USER_DISABLED", "PASSWORD_RESET", "USER_CHANGED", "USER_CREATED");
            WebElement changed = admin.find(By.cssSelector("#history tr[data-action='USER_CHANGED']"));
            assertThat(changed.getText()).contains("admin", "user:" + username, "role AGENT -> TEAM_LEAD, team NORTH -> SOUTH", "language zh-CN -> en");
            assertThat(admin.byId("chainStatus").getAttribute("data-intact")).isEqualTo("true");
            assertThat(admin.byId("chainStatus").getText()).contains("verifies");
            assertThat(admin.source()).doesNotContain(first, second);
            admin.screenshot("admin-history");
        }
        assertThat(TestDatabase.count(db, "select count(*) from admin_history where subject = ?", "user:" + username)).isEqualTo(5);
        assertThat(TestDatabase.count(db, "select count(*) from admin_history where changes like ? or changes like ?",
                "%" + first + "%", "%" + second + "%")).as("no password in the history").isZero();
    }

    private static void waitForMessage(Browser browser, String id, String text) {
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[id='" + id + "'], [id$=':" + id + "']"), text));
    }

    @Test
    void badInputShowsMessagesAndStoresNothing() {
        String id = unique();
        String username = "dup" + id;
        try (Browser admin = new Browser(desk).login("admin", "demo")) {
            admin.open("/admin/users.xhtml");
            fillNewUser(admin, username, "E" + id, "Agent", "NORTH", "short");
            waitForMessage(admin, "passwordMessage", "8 to 200 characters");

            // agent1's employee number, and an agent without a team
            admin.type("password", "long-enough-" + id);
            new Select(admin.byId("team")).selectByIndex(0);
            admin.type("employeeNumber", "E1001");
            admin.click("create");
            // the page is replaced by the post-back: wait on the new page's messages, not the old page's elements
            waitForMessage(admin, "employeeNumberMessage", "already belongs to another user");
            waitForMessage(admin, "teamMessage", "Agents and team leads need a team.");
            assertThat(admin.source()).doesNotContain("Exception:", "\tat org.");
        }
        assertThat(TestDatabase.count(db, "select count(*) from desk_user where username = ?", username)).isZero();
        assertThat(TestDatabase.count(db, "select count(*) from admin_history where subject = ?", "user:" + username)).isZero();
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        try (Browser admin = new Browser(desk).login("admin", "demo")) {
            admin.open("/admin/user.xhtml?username=admin");
            admin.click("disable");
            waitForText(admin, "You cannot disable your own account");
            assertThat(admin.byId("state").getText()).contains("can log in");
        }
        assertThat(TestDatabase.count(db, "select count(*) from desk_user where username = 'admin' and enabled")).isEqualTo(1);
    }

    @Test
    void anAdministratorCreatesAndRenamesATeam() {
        String code = "IT_" + unique();
        try (Browser admin = new Browser(desk).login("admin", "demo")) {
            admin.open("/admin/index.xhtml");
            admin.click("linkTeams");
            admin.waitFor(ExpectedConditions.urlContains("/admin/teams.xhtml"));
            admin.type("code", code.toLowerCase());
            admin.type("name", "夜班");
            admin.type("createTeamForm:nameEn", "Night shift");
            admin.click("createTeam");
            waitForText(admin, "The team is created.");
            assertThat(admin.find(By.cssSelector("tr[data-code='" + code + "']")).getText()).contains("夜班", "Night shift");

            admin.type("code", "NORTH");
            admin.type("name", "Another north");
            admin.click("createTeam");
            waitForMessage(admin, "codeMessage", "already belongs to another team");

            // "change names" fills in the team's names as they are: only the one changed is in the history
            admin.click(By.cssSelector("tr[data-code='" + code + "'] a.edit-names"));
            admin.waitFor(ExpectedConditions.urlContains("team=" + code));
            assertThat(new Select(admin.byId("renameTeamForm:team")).getFirstSelectedOption().getAttribute("value")).isEqualTo(code);
            assertThat(admin.byId("renameTeamForm:name").getAttribute("value")).isEqualTo("夜班");
            assertThat(admin.byId("renameTeamForm:nameEn").getAttribute("value")).isEqualTo("Night shift");
            admin.type("renameTeamForm:nameEn", "Night shift (24h)");
            admin.type("renameTeamForm:nameZhTw", "夜班");
            admin.click("renameTeam");
            waitForText(admin, "The names of the team are changed.");
            assertThat(admin.find(By.cssSelector("tr[data-code='" + code + "']")).getText()).contains("Night shift (24h)");

            admin.open("/admin/history.xhtml?subject=team:" + code);
            admin.find(By.cssSelector("#history tr[data-action='TEAM_CREATED']"));
            assertThat(admin.driver().findElements(By.cssSelector("#history tbody tr")).stream()
                    .map(row -> row.getAttribute("data-action")).toList()).containsExactly("TEAM_RENAMED", "TEAM_CREATED");
            assertThat(admin.byId("history").getText()).contains("name en Night shift -> Night shift (24h)", "name zh-TW (none) -> 夜班",
                    "name 夜班, name en Night shift").doesNotContain("name 夜班 ->");
        }
        assertThat(TestDatabase.count(db, "select count(*) from desk_team where code = 'NORTH'")).isEqualTo(1);
        assertThat(TestDatabase.count(db, "select count(*) from desk_team where name = 'Another north'")).isZero();

        // the same refusals in Chinese: a use case's named refusal and a rule's own message
        try (Browser admin = new Browser(desk, "zh-CN").login("admin", "demo")) {
            admin.open("/admin/teams.xhtml");
            admin.type("code", "NORTH");
            admin.type("name", "又一个北区");
            admin.click("createTeam");
            waitForMessage(admin, "codeMessage", "该代码已属于另一个小组。");
            admin.type("code", "north team");
            admin.click("createTeam");
            waitForMessage(admin, "codeMessage", "2 到 40 个大写字母、数字或 _。");
            assertThat(admin.byId("teams").getText()).contains("北区组", "北區組", "Team North");
        }
        assertThat(TestDatabase.count(db, "select count(*) from desk_team where name = '又一个北区'")).isZero();
    }

    @Test
    void onlyAdministratorsReachTheAdministrationScreens() {
        DeskClient agent = new DeskClient(desk);
        agent.login("agent1", "demo");
        for (String page : new String[] {"/admin/users.xhtml", "/admin/user.xhtml?username=admin", "/admin/teams.xhtml", "/admin/calendars.xhtml",
                "/admin/history.xhtml"}) {
            HttpResponse<String> response = agent.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(403);
            assertThat(response.body()).contains("This page is for another role").doesNotContain("Exception");
        }
        try (Browser browser = new Browser(desk).login("agent1", "demo")) {
            browser.open("/admin/users.xhtml");
            assertThat(browser.text()).contains("This page is for another role");
            browser.open("/index.xhtml");
            assertThat(browser.driver().findElements(By.cssSelector("[id$='navAdmin']"))).isEmpty();
        }
    }
}
