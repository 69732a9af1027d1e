package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.it.support.DeskRhythm;
import org.complaintdesk.it.support.DueTimers;
import org.complaintdesk.it.support.ClusterDesks;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.OffSharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.complaintdesk.security.PasswordHasher;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two desks on one PostgreSQL database, as in a production cluster: both run the engine's job executor, and
 * every deadline of a batch is still warned, alerted and escalated exactly once. The desks are the run's
 * {@link ClusterDesks}; each deadline is made due in the database and fired by whichever desk's executor takes it.
 */
@OffSharedDesk
class MultiInstanceIT {

    private static final int COMPLAINTS = 8;

    /** The desks were started at the same moment on a new database: what they share was made once, by one of them. */
    @Test
    void twoDesksStartedTogetherOnANewDatabaseMakeTheSharedThingsOnce() {
        ClusterDesks cluster = ClusterDesks.get();
        String db = cluster.databaseUrl();
        assertThat(TestDatabase.count(db, "select count(*) from act_re_procdef where key_ = 'complaintHandling'"))
                .as("versions of the complaint process").isEqualTo(1);
        assertThat(TestDatabase.count(db, "select count(*) from sla_policy")).as("SLA policy versions").isEqualTo(1);
        assertThat(TestDatabase.count(db, "select count(*) from desk_user where username = 'agent1'")).as("agent1").isEqualTo(1);
        for (DeskServer desk : List.of(cluster.one(), cluster.two())) {
            // nor two desks on one machine reaching for the same data-grid port
            assertThat(desk.logText()).as("log of " + desk).doesNotContain("duplicate key value", "ports seem occupied");
        }
    }

    /**
     * Each desk remembers the passwords it verified lately (security/RecentlyVerified), so that HTTP Basic does not
     * cost PBKDF2 on every call; a password changed through the other desk is still refused at once.
     */
    @Test
    void aPasswordChangedThroughOneDeskIsRefusedAtOnceByTheOther() {
        ClusterDesks cluster = ClusterDesks.get();
        String db = cluster.databaseUrl();
        String storedHash = TestDatabase.text(db, "select password_hash from desk_user where username = 'auditor1'");
        assertThat(me(cluster.two(), "demo")).as("verified, and remembered, by desk two").isEqualTo(200);
        assertThat(me(cluster.two(), "demo")).isEqualTo(200);
        try {
            // what desk one writes when an administrator sets a new password there
            TestDatabase.execute(db, "update desk_user set password_hash = ? where username = 'auditor1'",
                    new PasswordHasher().hash("n3w-password"));
            assertThat(me(cluster.two(), "demo")).as("the old password on desk two").isEqualTo(401);
            assertThat(me(cluster.two(), "n3w-password")).as("the new password on desk two").isEqualTo(200);
        } finally {
            TestDatabase.execute(db, "update desk_user set password_hash = ? where username = 'auditor1'", storedHash);
        }
        assertThat(me(cluster.two(), "n3w-password")).as("the new password, the old hash back").isEqualTo(401);
        assertThat(me(cluster.two(), "demo")).isEqualTo(200);
    }

    private static int me(DeskServer desk, String password) {
        return new DeskClient(desk).basic("auditor1", password).get("/api/me").statusCode();
    }

    /**
     * A body over the API's 1 MiB sent through the balancer, as docs/ENGINE.md configures nginx: nginx refuses it
     * before a desk sees it, and the client gets the very problem a desk answers (RequestBodyLimitsIT), not nginx's
     * own HTML page.
     */
    @Test
    void aBodyOverTheApisLimitIsAProblemThroughTheBalancerToo() throws Exception {
        ClusterDesks cluster = ClusterDesks.get();
        List<JsonNode> balancers = ComplaintApi.assertOversizedComplaintRefused(
                cluster.nginx().uri("/api/complaints"), HttpClient.Version.HTTP_1_1);
        List<JsonNode> desks = ComplaintApi.assertOversizedComplaintRefused(
                cluster.one().uri("/api/complaints"), HttpClient.Version.HTTP_1_1);
        assertThat(balancers).as("the problems of docs/ENGINE.md's nginx block").isEqualTo(desks);
    }

    @Test
    void twoInstancesShareTheTimersAndEachFiresOnce() {
        ClusterDesks cluster = ClusterDesks.get();
        String db = cluster.databaseUrl();
        DeskServer first = cluster.one();
        DeskServer second = cluster.two();
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < COMPLAINTS; i++) {
            // logged on one instance, recorded on the other: each instance has seen every complaint
            DeskClient logging = new DeskClient(i % 2 == 0 ? first : second).basic("agent1", "demo");
            DeskClient recording = new DeskClient(i % 2 == 0 ? second : first).basic("agent1", "demo");
            HttpResponse<String> logged = logging.postJson("/api/complaints", """
                    {"channel": "PHONE", "customerSurname": "Cluster", "contactPhone": "13800138000", "category": "DELIVERY",
                     "complexity": "SIMPLE", "customerAccount": "parcel %d missing"}""".formatted(i));
            assertThat(logged.statusCode()).isEqualTo(201);
            String number = logged.body().replaceAll(".*\"number\":\"([^\"]+)\".*", "$1");
            assertThat(recording.postJson("/api/complaints/" + number + "/tasks/task_apologiseAndRecord", """
                    {"apologyOffered": true, "apologyAccepted": true, "contactConfirmed": true, "complexity": "SIMPLE",
                     "outcome": "NEEDS_REPLY"}""").statusCode()).isEqualTo(200);
            numbers.add(number);
        }
        // the warnings first (a warning after the deadline is not raised), then the deadlines: overdue and the
        // escalation to the team lead; then the team lead's deadlines: the escalation to the supervisor
        DueTimers.warningsDue(db, numbers);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(alerts(db, numbers, "REPLY_WARNING")).isEqualTo(COMPLAINTS));
        DueTimers.replyDeadlinesPassed(db, numbers);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(alerts(db, numbers, "ESCALATION")).isEqualTo(COMPLAINTS));
        DueTimers.leadDeadlinesPassed(db, numbers);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(alerts(db, numbers, "ESCALATION")).isEqualTo(2L * COMPLAINTS));
        await().during(DeskRhythm.QUIET).atMost(Duration.ofSeconds(12)).untilAsserted(() -> {
            assertThat(alerts(db, numbers, "REPLY_WARNING")).isEqualTo(COMPLAINTS);
            assertThat(alerts(db, numbers, "REPLY_OVERDUE")).isEqualTo(COMPLAINTS);
            assertThat(alerts(db, numbers, "ESCALATION")).isEqualTo(2L * COMPLAINTS);
        });
        for (String number : numbers) {
            assertThat(TestDatabase.count(db, "select count(*) from alert where complaint_number = ? and kind = 'REPLY_OVERDUE'", number))
                    .as(number).isEqualTo(1);
            assertThat(TestDatabase.count(db, "select count(*) from complaint_escalation e join complaint c on c.id = e.complaint_id"
                    + " where c.number = ?", number)).as(number).isEqualTo(2);
        }
        assertThat(first.severeRecords()).isEmpty();
        assertThat(second.severeRecords()).isEmpty();
        assertThat(TestDatabase.count(db, "select count(*) from act_re_deployment where name_ = 'complaint-desk'")).isEqualTo(1);
    }

    /** Alerts of the kind about the test's own complaints (the cluster serves other tests too). */
    private static long alerts(String db, List<String> numbers, String kind) {
        return TestDatabase.count(db, "select count(*) from alert where kind = ? and complaint_number = any(?)",
                kind, numbers.toArray(String[]::new));
    }
}
