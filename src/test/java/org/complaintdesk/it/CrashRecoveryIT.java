package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import org.complaintdesk.it.support.AttentionCheck;
import org.complaintdesk.it.support.ClusterDesks;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.DueTimers;
import org.complaintdesk.it.support.IntakeProbe;
import org.complaintdesk.it.support.OffSharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The desk's promise survives what production does to it, on the run's two {@link ClusterDesks}. 1,000 deadlines (a
 * warning and an overdue timer for each of 500 complaints) fall due while complaints keep coming in. One desk is
 * killed with kill -9 while it holds due jobs: the other takes over its jobs once their lock expires. Afterwards the
 * survivor is stopped, another 1,000 deadlines pass while no desk runs, and a desk is started again, as an operator
 * restarts one with a changed setting: it works through the backlog while intake keeps answering. Every complaint
 * acknowledged with 201 exists with its process, every due alert is raised exactly once, and record and process agree.
 * The restart keeps what was there (no new process version, no users made again), makes the changed SLA window the
 * policy's next version, and, reached over TLS through a proxy, sets its session cookie Secure; when the database then
 * drops every connection, people never meet a dead one.
 *
 * <p>The deadlines are made due in the database ({@link DueTimers}) rather than waited for; the desks' own job
 * executors fire them. The warnings first, then the deadlines: a warning due together with its deadline is rightly
 * not raised (docs/ENGINE.md, "Warnings after an outage"). The class ends the cluster, so it runs last in its lane.
 */
@OffSharedDesk
@Order(ClusterDesks.LAST)
class CrashRecoveryIT {

    private static final Logger LOG = Logger.getLogger(CrashRecoveryIT.class.getName());
    private static final int BATCH = 500;
    private static final Duration FIRING = Duration.ofMinutes(3);
    private static final String OPEN_NOT_ESCALATED = "select number from complaint where status <> 'CLOSED' and escalation_level = 0"
            + " and number = any(?)";

    @Test
    void killedDeskIsTakenOverAndABacklogIsWorkedOffAfterARestart() throws Exception {
        ClusterDesks cluster = ClusterDesks.get();
        String db = cluster.databaseUrl();
        DeskServer killed = cluster.one();
        DeskServer survivor = cluster.two();
        long deployments = count(db, "select count(*) from act_re_deployment");
        long users = count(db, "select count(*) from desk_user");
        // this test's complaints: the cluster's database holds other tests' too
        List<String> ours = new ArrayList<>();
        // 1,000 deadlines on both desks, with intake running on the survivor throughout
        try (IntakeProbe intake = new IntakeProbe(new ComplaintApi(survivor))) {
            List<String> batch = logBatch(List.of(killed, survivor));
            ours.addAll(batch);
            DueTimers.warningsDue(db, batch);
            // killed while it holds jobs it has taken but not yet run: those are what the survivor must take over
            String lockOwner = killed.pid() + "@%";
            await().atMost(FIRING).pollInterval(Duration.ofMillis(50)).until(() -> locked(db, lockOwner) > 0);
            killed.kill();
            Instant killedAt = Instant.now();
            long orphaned = locked(db, lockOwner);
            LOG.info(() -> "killed one desk holding " + orphaned + " jobs, with " + alerts(db, "REPLY_WARNING", batch)
                    + " of " + BATCH + " warnings raised");

            // the dead desk's locked jobs come back after the lock time, checked every sixth of it
            await().atMost(ClusterDesks.JOB_LOCK_TIME.multipliedBy(2).plus(FIRING)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> {
                        assertThat(locked(db, lockOwner)).as("jobs of the dead desk").isZero();
                        assertThat(dueTimers(db)).as("due timers not yet fired").isZero();
                    });
            Duration takeover = Duration.between(killedAt, Instant.now());
            LOG.info(() -> "all due timers fired " + takeover.toSeconds() + " s after the kill (lock time "
                    + ClusterDesks.JOB_LOCK_TIME.toSeconds() + " s)");
            intake.stop();
            assertThat(intake.failures()).as("intake answers on the surviving desk").isEmpty();
            ours.addAll(intake.acknowledged());
            passEveryDeadline(db, ours);
            assertEveryDueAlertOnceAndConsistent(survivor, db, ours, intake.acknowledged(), Outage.NONE);
        }

        // a backlog: 1,000 deadlines pass while no desk runs
        ours.addAll(logBatch(List.of(survivor)));
        Timestamp stopped = Timestamp.from(Instant.now());
        int logBeforeStop = survivor.logText().length();
        survivor.close();
        // an operator's stop (SIGTERM) is orderly: nothing in the log to worry whoever reads it
        assertThat(survivor.logText().substring(logBeforeStop)).as("the log of the survivor's stop").doesNotContain("WARNING", "SEVERE");
        // the deadlines below fall (a second before the database's now) after the desks stopped
        await().pollInterval(Duration.ofMillis(100)).until(() -> Instant.now().isAfter(stopped.toInstant().plusSeconds(2)));
        List<String> backlogged = TestDatabase.texts(db, OPEN_NOT_ESCALATED, (Object) array(ours));
        DueTimers.warningsDue(db, backlogged);
        DueTimers.replyDeadlinesPassed(db, backlogged);
        long due = dueTimers(db);
        LOG.info(() -> due + " timers fell due while no desk ran");
        assertThat(due).as("timers due while no desk ran").isEqualTo(2L * BATCH);
        // restarted as an operator restarts a desk: with a setting changed, no demo users asked for, an administrator
        // configured, and now reached over TLS through a proxy
        Map<String, String> env = cluster.environment();
        env.remove("DESK_DEMO_USERS");
        env.put("DESK_ADMIN_USERNAME", "chief");
        env.put("DESK_ADMIN_PASSWORD", "s3cret-Admin");
        env.put("DESK_SLA_COMPLEX_WINDOW", "PT12H");
        env.put("DESK_PUBLIC_URL", "https://desk.example.com");
        try (DeskServer restarted = new DeskServer("crash-restarted", env).start().awaitReady()) {
            Timestamp started = Timestamp.from(Instant.now());
            try (IntakeProbe intake = new IntakeProbe(new ComplaintApi(restarted))) {
                Instant ready = Instant.now();
                await().atMost(FIRING).pollInterval(Duration.ofMillis(500))
                        .untilAsserted(() -> assertThat(dueTimers(db)).as("backlog left").isZero());
                double perSecond = due * 1000.0 / Duration.between(ready, Instant.now()).toMillis();
                LOG.info(() -> "backlog of %d timers worked off at %.1f per second".formatted(due, perSecond));
                intake.stop();
                assertThat(intake.failures()).as("intake answers during the backlog").isEmpty();
                assertThat(intake.acknowledged()).as("intakes during the backlog").isNotEmpty();
                ours.addAll(intake.acknowledged());
                passEveryDeadline(db, ours);
                assertEveryDueAlertOnceAndConsistent(restarted, db, ours, intake.acknowledged(), new Outage(stopped, started));
            }
            for (DeskServer desk : List.of(killed, survivor, restarted)) {
                assertThat(desk.connectionWarnings()).as("connection warnings of " + desk).isEmpty();
            }
            assertTheRestartKeptWhatWasThere(restarted, db, deployments, users);
            assertDroppedConnectionsAreReplaced(restarted, db);
        }
    }

    /** What a restart must keep, and what its changed settings must change. */
    private static void assertTheRestartKeptWhatWasThere(DeskServer restarted, String db, long deployments, long users) {
        assertThat(count(db, "select count(*) from act_re_deployment")).as("deployments after the restart").isEqualTo(deployments);
        assertThat(count(db, "select max(version_) from act_re_procdef where key_ = 'complaintHandling'")).isEqualTo(1);
        assertThat(count(db, "select count(*) from desk_user")).as("users: none made again, no administrator added").isEqualTo(users);
        assertThat(count(db, "select max(version) from sla_policy")).as("the changed window's policy version").isEqualTo(2);
        assertThat(count(db, "select count(*) from admin_history where subject = 'policy:2' and actor = 'system'"
                + " and changes = 'desk.sla.complex-window PT24H -> PT12H'")).isEqualTo(1);
        assertThat(new DeskClient(restarted).get("/login.xhtml").headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).contains("JSESSIONID=").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
        // the start log names the schema's version on a restart too, when there is nothing to apply
        assertThat(restarted.logText()).containsPattern("Schema at version \\d+ \\(0 migration\\(s\\) applied\\)")
                .doesNotContain("version null");
        assertThat(restarted.severeRecords()).isEmpty();
    }

    /**
     * The database drops every connection, as a restart or a fail-over of PostgreSQL does: the pooled ones are found
     * dead when next taken and replaced, so people and jobs never meet one.
     */
    private static void assertDroppedConnectionsAreReplaced(DeskServer desk, String db) {
        // with a personal token, as an integration calls: checked against the database on every call, without HTTP
        // Basic's password hash (a fifth of a second of processor each)
        HttpResponse<String> token = new DeskClient(desk).basic("admin", "demo")
                .postJson("/api/me/tokens", "{\"name\": \"restart-check\"}");
        assertThat(token.statusCode()).isEqualTo(201);
        DeskClient admin = new DeskClient(desk).bearer(ComplaintApi.text(ComplaintApi.json(token), "secret"));
        assertThat(admin.get("/api/me").statusCode()).isEqualTo(200);
        // (the idle ones: a job's acquisition that is cut off mid-statement fails, and is tried again, as it should;
        // the test's own pooled ones stay)
        long dropped = count(db, "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = current_database()"
                + " and pid <> pg_backend_pid() and state = 'idle' and application_name <> ?", TestDatabase.APPLICATION);
        assertThat(dropped).as("connections dropped").isPositive();
        for (int i = 0; i < 40; i++) {
            assertThat(admin.get("/api/me").statusCode()).as("answer %d after the connections were dropped", i).isEqualTo(200);
        }
        assertThat(admin.postJson("/api/test-fixtures/transaction/AFTER", "").statusCode()).isEqualTo(204);
        // people and their requests never meet a dead connection; only a transaction of the engine's own already
        // under way on a connection as it was cut (a job acquisition, seen once in a full run) fails, and is tried again
        assertThat(desk.severeRecords()).as("SEVERE records after the connections were dropped").allSatisfy(record ->
                assertThat(record).contains("_ThreadName=flowable-", "terminating connection due to administrator command"));
    }

    /**
     * Every open complaint of ours not yet escalated (the intakes of the probe among them) gets its warning, then its
     * overdue alert: the two moves are a step apart, as the warning and the deadline are.
     */
    private static void passEveryDeadline(String db, List<String> ours) {
        List<String> open = TestDatabase.texts(db, OPEN_NOT_ESCALATED, (Object) array(ours));
        DueTimers.warningsDue(db, open);
        await().atMost(FIRING).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(dueTimers(db)).as("warnings not yet fired").isZero());
        DueTimers.replyDeadlinesPassed(db, open);
    }

    /** Logs a batch of simple complaints, spread over the desks, left at "apologise and record": two timers each. */
    private static List<String> logBatch(List<DeskServer> desks) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> logged = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                ComplaintApi api = new ComplaintApi(desks.get(i % desks.size()));
                String agent = i % 2 == 0 ? "agent1" : "agent2";
                logged.add(clients.submit(() -> api.logNumber(agent, "BILLING", "SIMPLE")));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> number : logged) {
                numbers.add(number.get());
            }
            return numbers;
        } finally {
            clients.shutdown();
        }
    }

    /** Every complaint of ours has exactly one warning, one overdue alert, one escalation and one open task. */
    private static void assertEveryDueAlertOnceAndConsistent(DeskServer desk, String db, List<String> ours, List<String> acknowledged,
            Outage outage) {
        String[] numbers = array(ours);
        // the last intakes' deadlines pass too
        await().atMost(FIRING).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(count(db, "select count(*) from complaint where status <> 'CLOSED'"
                        + " and escalation_level = 0 and number = any(?)", (Object) numbers)).as("complaints not yet overdue").isZero());
        assertThat(dueTimers(db)).as("due timers not fired").isZero();
        for (String number : acknowledged) {
            assertThat(count(db, "select count(*) from complaint c join act_ru_execution e on e.proc_inst_id_ = c.process_instance_id"
                    + " and e.parent_id_ is null where c.number = ?", number)).as("process of acknowledged " + number).isEqualTo(1);
        }
        // no warning once the deadline has passed: only a deadline that passed while no desk ran goes without one
        assertThat(count(db, "select count(*) from complaint c where c.number = any(?) and (select count(*) from alert a"
                + " where a.complaint_id = c.id and a.kind = 'REPLY_WARNING') <> 1 and not (c.reply_deadline between ? and ?)",
                numbers, outage.from(), outage.to()))
                .as("complaints without exactly one warning").isZero();
        assertThat(count(db, "select count(*) from complaint c where c.number = any(?) and (select count(*) from alert a"
                + " where a.complaint_id = c.id and a.kind = 'REPLY_WARNING') > 1", (Object) numbers)).as("complaints warned more than once").isZero();
        assertThat(count(db, "select count(*) from complaint c where c.number = any(?) and (select count(*) from alert a"
                + " where a.complaint_id = c.id and a.kind = 'REPLY_OVERDUE') <> 1", (Object) numbers)).as("complaints without exactly one overdue alert").isZero();
        assertThat(count(db, "select count(*) from complaint c where c.number = any(?) and (escalation_level <> 1 or (select count(*)"
                + " from complaint_escalation e where e.complaint_id = c.id) <> 1)", (Object) numbers)).as("complaints not escalated exactly once").isZero();
        assertThat(count(db, "select count(*) from complaint c where c.number = any(?) and ((select count(*) from act_ru_task t"
                + " where t.proc_inst_id_ = c.process_instance_id and t.task_def_key_ = 'task_teamLeadHandle') <> 1"
                + " or (select count(*) from act_ru_task t where t.proc_inst_id_ = c.process_instance_id) <> 1)", (Object) numbers)).as("complaints whose process is not at the team lead").isZero();
        assertThat(count(db, "select count(*) from act_ru_deadletter_job")).as("dead-letter jobs").isZero();
        AttentionCheck.assertNoComplaintNeedsAttention(desk);
        assertThat(count(db, "select count(*) from act_ru_job where exception_msg_ is not null")
                + count(db, "select count(*) from act_ru_timer_job where exception_msg_ is not null")).as("failing jobs").isZero();
    }

    /** Timers due that have not fired (still timer jobs, or moved but not yet run). */
    private static long dueTimers(String db) {
        return count(db, "select count(*) from act_ru_timer_job where duedate_ <= now()")
                + count(db, "select count(*) from act_ru_job");
    }

    /** When no desk ran: deadlines that passed then get their overdue alert, not a warning, when a desk comes back. */
    private record Outage(Timestamp from, Timestamp to) {
        static final Outage NONE = new Outage(new Timestamp(0), new Timestamp(0));
    }

    /** Jobs and timers locked by a desk's job executor: taken, not yet run. */
    private static long locked(String db, String lockOwner) {
        return count(db, "select count(*) from act_ru_job where lock_owner_ like ?", lockOwner)
                + count(db, "select count(*) from act_ru_timer_job where lock_owner_ like ?", lockOwner);
    }

    private static long alerts(String db, String kind, List<String> numbers) {
        return count(db, "select count(*) from alert where kind = ? and complaint_number = any(?)", kind, array(numbers));
    }

    private static String[] array(List<String> numbers) {
        return numbers.toArray(String[]::new);
    }

    private static long count(String db, String sql, Object... parameters) {
        return TestDatabase.count(db, sql, parameters);
    }
}
