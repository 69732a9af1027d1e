package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/** The foundation on the real Payara Micro and PostgreSQL: boot, health, transactions, timers. */
class FoundationIT {

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();

    @Test
    void bootsWithoutSevereLogLines() {
        assertThat(desk.logText()).contains("Complaint Desk is ready at http://localhost:");
        // the start's lines: other classes on this shared desk provoke SEVERE lines of their own (AttentionIT's job)
        List<String> start = desk.logText().lines().takeWhile(line -> !line.contains("Complaint Desk is ready")).toList();
        assertThat(start).isNotEmpty().noneMatch(line -> line.contains("SEVERE"));
    }

    @Test
    void readinessChecksDatabaseAndEngine() {
        HttpResponse<String> ready = new DeskClient(desk).get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"", "\"database\":\"UP\"", "\"workflowEngine\":\"UP\"");
        assertThat(new DeskClient(desk).get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void deploysTheComplaintProcess() {
        assertThat(TestDatabase.count(db, "select count(*) from act_re_procdef where key_ = 'complaintHandling'")).isEqualTo(1);
    }

    @Test
    void rowAndProcessCommitTogether() {
        HttpResponse<String> response = admin().postJson("/api/test-fixtures/transaction/TX_COMMIT", "");
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(teams("TX_COMMIT")).isEqualTo(1);
        assertThat(processes("TX_COMMIT")).isEqualTo(1);
    }

    @Test
    void aFailureAfterSavingAndStartingLeavesNeither() {
        HttpResponse<String> response = admin().postJson("/api/test-fixtures/transaction/TX_ROLLBACK?fail=true", "");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(teams("TX_ROLLBACK")).isZero();
        assertThat(processes("TX_ROLLBACK")).isZero();
        assertThat(TestDatabase.count(db, "select count(*) from act_hi_procinst where business_key_ = 'TX_ROLLBACK'")).isZero();
    }

    @Test
    void aTimerFiresThroughTheRunningJobExecutor() {
        // test_timerProbe (src/test/processes) starts 3 s after deployment and records the desk clock
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(TestDatabase.count(db, "select count(*) from act_hi_procinst p join act_re_procdef d on p.proc_def_id_ = d.id_"
                        + " where d.key_ = 'test_timerProbe' and p.end_time_ is not null")).isEqualTo(1));
        assertThat(TestDatabase.count(db, "select count(*) from act_hi_varinst where name_ = 'firedAt'")).isEqualTo(1);
    }

    private DeskClient admin() {
        return new DeskClient(desk).basic("admin", "demo");
    }

    private long teams(String code) {
        return TestDatabase.count(db, "select count(*) from desk_team where code = ?", code);
    }

    private long processes(String businessKey) {
        return TestDatabase.count(db, "select count(*) from act_ru_execution where business_key_ = ? and parent_id_ is null", businessKey);
    }
}
