package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A desk on its own PostgreSQL database, as in production: no demo users but an administrator from
 * configuration; a restart keeps the data and deploys no new process version; a restart with another configured
 * window makes the next SLA policy version; behind a TLS proxy (its public URL https) the session cookie is Secure.
 */
class RestartIT {

    @Test
    void aRestartKeepsTheDataAndDeploysNoNewProcessVersion() {
        String db = TestDatabase.create("desk_restart");
        Map<String, String> env = DeskServer.postgresEnvironment(db);
        env.remove("DESK_DEMO_USERS");
        env.put("DESK_ADMIN_USERNAME", "chief");
        env.put("DESK_ADMIN_PASSWORD", "s3cret-Admin");

        long deployments;
        try (DeskServer first = new DeskServer("restart-1", env).start().awaitReady()) {
            assertThat(new DeskClient(first).basic("agent1", "demo").get("/api/me").statusCode())
                    .as("no demo users on PostgreSQL unless asked for").isEqualTo(401);
            assertThat(new DeskClient(first).basic("chief", "s3cret-Admin").postJson("/api/test-fixtures/transaction/KEPT", "")
                    .statusCode()).isEqualTo(204);
            deployments = TestDatabase.count(db, "select count(*) from act_re_deployment");
            assertThat(TestDatabase.count(db, "select count(*) from sla_policy where created_by = 'system'")).as("the first version").isEqualTo(1);
        }
        env.put("DESK_SLA_COMPLEX_WINDOW", "PT12H");
        // now reached over TLS through a proxy, as often in production: its cookies must be Secure
        env.put("DESK_PUBLIC_URL", "https://desk.example.com");
        try (DeskServer second = new DeskServer("restart-2", env).start().awaitReady()) {
            assertThat(new DeskClient(second).get("/login.xhtml").headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                    assertThat(cookie).contains("JSESSIONID=").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
            assertThat(TestDatabase.count(db, "select max(version) from sla_policy")).isEqualTo(2);
            assertThat(TestDatabase.count(db, "select count(*) from admin_history where subject = 'policy:2' and actor = 'system'"
                    + " and changes = 'desk.sla.complex-window PT24H -> PT12H'")).isEqualTo(1);
            assertThat(TestDatabase.count(db, "select count(*) from desk_team where code = 'KEPT'")).isEqualTo(1);
            assertThat(TestDatabase.count(db, "select count(*) from act_ru_execution where business_key_ = 'KEPT'")).isEqualTo(1);
            assertThat(TestDatabase.count(db, "select count(*) from act_re_deployment")).isEqualTo(deployments);
            assertThat(TestDatabase.count(db, "select max(version_) from act_re_procdef where key_ = 'complaintHandling'")).isEqualTo(1);
            assertThat(TestDatabase.count(db, "select count(*) from desk_user")).as("the administrator is created once").isEqualTo(1);
            assertThat(new DeskClient(second).basic("chief", "s3cret-Admin").get("/api/me").statusCode()).isEqualTo(200);
            assertThat(second.severeRecords()).isEmpty();
            // the start log names the schema's version on a restart too, when there is nothing to apply
            assertThat(second.logText()).containsPattern("Schema at version \\d+ \\(0 migration\\(s\\) applied\\)").doesNotContain("version null");

            // the database drops every connection, as a restart or a fail-over of PostgreSQL does: the pooled ones are
            // found dead when next taken and replaced, so people and jobs never meet one
            // with a personal token, as an integration calls: checked against the database on every call, without
            // HTTP Basic's password hash (a fifth of a second of processor each)
            HttpResponse<String> token = new DeskClient(second).basic("chief", "s3cret-Admin")
                    .postJson("/api/me/tokens", "{\"name\": \"restart-check\"}");
            assertThat(token.statusCode()).isEqualTo(201);
            DeskClient chief = new DeskClient(second).bearer(ComplaintApi.text(ComplaintApi.json(token), "secret"));
            assertThat(chief.get("/api/me").statusCode()).isEqualTo(200);
            // (the idle ones: a job's acquisition that is cut off mid-statement fails, and is tried again, as it should)
            long dropped = TestDatabase.count(db, "select count(pg_terminate_backend(pid)) from pg_stat_activity"
                    + " where datname = current_database() and pid <> pg_backend_pid() and state = 'idle'");
            assertThat(dropped).as("connections dropped").isPositive();
            for (int i = 0; i < 40; i++) {
                assertThat(chief.get("/api/me").statusCode()).as("answer %d after the connections were dropped", i).isEqualTo(200);
            }
            assertThat(chief.postJson("/api/test-fixtures/transaction/AFTER", "").statusCode()).isEqualTo(204);
            // people and their requests never meet a dead connection; only a transaction of the engine's own already
            // under way on a connection as it was cut (a job acquisition, seen once in a full run) fails, and is tried again
            assertThat(second.severeRecords()).as("SEVERE records after the connections were dropped").allSatisfy(record ->
                    assertThat(record).contains("_ThreadName=flowable-", "terminating connection due to administrator command"));
        }
    }

    @Test
    void aBadDatabaseSettingStopsTheStartWithOneClearLine() {
        // a database that does not exist, and a password that must not be printed
        Map<String, String> env = DeskServer.postgresEnvironment(TestDatabase.url("desk_missing"));
        env.put("DESK_DB_PASSWORD", "not-the-password");
        try (DeskServer desk = new DeskServer("bad-db", env).start()) {
            // a desk that cannot start stops, with a non-zero status, so that a container is restarted and nobody is misled
            assertThat(desk.awaitExit(java.time.Duration.ofMinutes(3))).isEqualTo(3);
            assertThat(desk.severeLines()).anySatisfy(line -> assertThat(line)
                    .contains("desk.db.url (DESK_DB_URL)", "desk.db.user (DESK_DB_USER)").doesNotContain("not-the-password"));
            assertThat(desk.logText()).doesNotContain("Complaint Desk is ready");
        }
    }
}
