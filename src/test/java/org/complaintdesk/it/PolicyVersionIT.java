package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.between;
import static org.complaintdesk.it.support.ComplaintApi.instant;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.text;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.complaintdesk.it.support.Browser;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SecondLane;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * SLA policies, versioned and pinned, on the running desk: each administrator's change of a window makes the next
 * version, a complaint keeps the version it was received under for every later deadline (a reclassification after a
 * change included), and screens, API and exports show it. The shared desk's simple window is 30 s, its complex 24 h.
 */
@Order(SecondLane.BESIDE)
class PolicyVersionIT {

    private static final String SIMPLE = "desk.sla.simple-window";
    private static final String COMPLEX = "desk.sla.complex-window";

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();
    private final ComplaintApi api = new ComplaintApi(desk);
    private final DeskClient admin = new DeskClient(desk).basic("admin", "demo");

    @AfterEach
    void configuredWindowsAgain() {
        // the desk is shared with the other tests: the version in force holds the configured windows again
        for (JsonNode window : json(admin.get("/api/admin/windows")).path("windows")) {
            if (window.hasNonNull("changed")) {
                assertStatus(admin.delete("/api/admin/windows/" + text(window, "name")), 200);
            }
        }
    }

    private int versionInForce() {
        return json(admin.get("/api/admin/windows")).path("policyVersion").asInt();
    }

    private JsonNode changeWindow(String name, String value) {
        HttpResponse<String> changed = admin.putJson("/api/admin/windows/" + name, "{\"value\": \"" + value + "\"}");
        assertStatus(changed, 200);
        return json(changed);
    }

    private long versionCount() {
        return TestDatabase.count(db, "select count(*) from sla_policy");
    }

    @Test
    void aReclassificationAfterAPolicyChangeKeepsTheComplaintsVersion() {
        int before = versionInForce();
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        assertThat(api.complaint(number).path("policyVersion").asInt()).isEqualTo(before);

        JsonNode changed = changeWindow(COMPLEX, "PT5H");
        int after = changed.path("policyVersion").asInt();
        assertThat(after).isEqualTo(before + 1);
        assertThat(TestDatabase.text(db, "select changes from admin_history where subject = ? and action = 'SLA_POLICY_VERSION'",
                "policy:" + after)).isEqualTo(COMPLEX + " PT24H -> PT5H");

        // the lead reclassifies after the change: the complaint's own version counts, 24 hours from receipt
        api.reclassify("lead1", number, "COMPLEX", "needs the billing system's owners");
        JsonNode reclassified = api.complaint(number);
        assertThat(reclassified.path("policyVersion").asInt()).isEqualTo(before);
        assertThat(between(instant(reclassified, "receivedAt"), instant(reclassified, "replyDeadline"))).isEqualTo(Duration.ofHours(24));
        assertThat(api.history(number).stream().filter(h -> text(h, "action").equals("RECLASSIFIED")).findFirst().orElseThrow()
                .path("changes").asString()).endsWith("(SLA policy version " + before + ")");

        // a complaint received now is held to the new version
        JsonNode fresh = api.log("agent1", "BILLING", "COMPLEX");
        assertThat(fresh.path("policyVersion").asInt()).isEqualTo(after);
        assertThat(between(instant(fresh, "receivedAt"), instant(fresh, "replyDeadline"))).isEqualTo(Duration.ofHours(5));

        // what each version held, for anyone who must prove a deadline
        DeskClient auditor = api.as("auditor1");
        assertThat(json(auditor.get("/api/sla-policies/" + before)).path("windows").path(COMPLEX).asString()).isEqualTo("PT24H");
        assertThat(json(auditor.get("/api/sla-policies/" + after)).path("windows").path(COMPLEX).asString()).isEqualTo("PT5H");
        assertThat(json(auditor.get("/api/sla-policies")).get(0).path("version").asInt()).isEqualTo(after);
        assertThat(json(auditor.get("/api/audit/complaints/" + number + "/sla")).path("policyVersion").asInt()).isEqualTo(before);
        assertThat(auditor.get("/api/audit/export/breaches.csv").body().lines().findFirst().orElseThrow()).endsWith(",sla,policy_version,paused_seconds");
        assertProblem(api.get("agent1", "/api/sla-policies"), 403, null);
        assertProblem(auditor.get("/api/sla-policies/99999"), 404, null);
        assertProblem(auditor.get("/api/sla-policies/three"), 404, null);

        // back to the default: one more version, with the configured window again
        HttpResponse<String> reset = admin.delete("/api/admin/windows/" + COMPLEX);
        assertStatus(reset, 200);
        assertThat(json(reset).path("policyVersion").asInt()).isEqualTo(after + 1);
        assertThat(json(auditor.get("/api/sla-policies/" + (after + 1))).path("windows").path(COMPLEX).asString()).isEqualTo("PT24H");
    }

    @Test
    void badWindowChangesAreRefusedAndMakeNoVersion() {
        long versions = versionCount();
        assertProblem(admin.putJson("/api/admin/windows/" + COMPLEX, "{\"value\": \"two hours\"}"), 400, "value");
        assertProblem(admin.putJson("/api/admin/windows/" + COMPLEX, "{\"value\": \"-PT2H\"}"), 400, "value");
        assertProblem(admin.putJson("/api/admin/windows/desk.sla.warning-share", "{\"value\": \"1.5\"}"), 400, "value");
        assertProblem(admin.putJson("/api/admin/windows/" + COMPLEX, "{}"), 400, "value");
        assertProblem(admin.putJson("/api/admin/windows/desk.sla.lunch", "{\"value\": \"PT1H\"}"), 404, null);
        assertProblem(admin.delete("/api/admin/windows/" + COMPLEX), 409, null);
        assertProblem(api.as("lead1").putJson("/api/admin/windows/" + COMPLEX, "{\"value\": \"PT1H\"}"), 403, null);
        assertThat(versionCount()).isEqualTo(versions);

        // the value in force again: no new version, as nothing a complaint is held to changed
        String configured = json(admin.get("/api/admin/windows")).path("windows").get(1).path("current").asString();
        assertThat(changeWindow(COMPLEX, configured.toLowerCase()).path("policyVersion").asInt()).isEqualTo(versionInForce());
        assertThat(versionCount()).isEqualTo(versions);
    }

    @Test
    void windowChangesAndIntakesThatMeetEachComplaintCountsByItsOwnVersion() throws Exception {
        int before = versionInForce();
        List<String> windows = List.of("PT31S", "PT32S", "PT33S", "PT34S");
        ExecutorService pool = Executors.newFixedThreadPool(windows.size() + 4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<JsonNode>> changes = new ArrayList<>();
            for (String window : windows) {
                changes.add(pool.submit(() -> {
                    start.await();
                    return changeWindow(SIMPLE, window);
                }));
            }
            List<Future<JsonNode>> intakes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String agent = i % 2 == 0 ? "agent1" : "agent2";
                Callable<JsonNode> intake = () -> {
                    start.await();
                    return api.log(agent, "BILLING", "SIMPLE");
                };
                intakes.add(pool.submit(intake));
            }
            start.countDown();

            Set<Integer> made = new HashSet<>();
            for (Future<JsonNode> change : changes) {
                made.add(change.get().path("policyVersion").asInt());
            }
            assertThat(made).as("one version per change, none lost to a race").hasSize(windows.size());
            assertThat(versionInForce()).isEqualTo(before + windows.size());
            DeskClient auditor = api.as("auditor1");
            for (Future<JsonNode> logged : intakes) {
                JsonNode complaint = logged.get();
                int version = complaint.path("policyVersion").asInt();
                assertThat(version).isBetween(before, before + windows.size());
                String window = json(auditor.get("/api/sla-policies/" + version)).path("windows").path(SIMPLE).asString();
                assertThat(between(instant(complaint, "receivedAt"), instant(complaint, "replyDeadline")))
                        .as(text(complaint, "number") + " under version " + version).isEqualTo(Duration.parse(window));
            }
        } finally {
            pool.shutdownNow();
        }
        JsonNode audit = json(api.get("auditor1", "/api/audit/admin-history?subject=policy:"));
        assertThat(audit.path("intact").asBoolean()).isTrue();
    }

    @Test
    void theScreensShowTheVersion() {
        int inForce = versionInForce();
        String number = api.logNumber("agent1", "DELIVERY", "SIMPLE");
        try (Browser lead = new Browser(desk).login("lead1", "demo")) {
            lead.open("/complaint.xhtml?number=" + number);
            assertThat(lead.byId("policyVersion").getText()).isEqualTo(String.valueOf(inForce));
        }
        try (Browser auditor = new Browser(desk).login("auditor1", "demo")) {
            auditor.open("/audit/complaint.xhtml?number=" + number);
            assertThat(auditor.byId("policyVersion").getText()).isEqualTo(String.valueOf(inForce));
            assertThat(auditor.byId("chain").getText()).contains("intact");
            assertThat(auditor.byId("recompute").getText()).contains("agree");
        }
        try (Browser administrator = new Browser(desk).login("admin", "demo")) {
            administrator.open("/admin/settings.xhtml");
            assertThat(administrator.byId("policyVersion").getText()).contains("version " + inForce);
            administrator.select("language", "简体中文");
            administrator.open("/admin/settings.xhtml");
            assertThat(administrator.byId("policyVersion").getText()).contains("第 " + inForce + " 版");
            administrator.select("language", "English");
        }
    }
}
