package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
import org.complaintdesk.it.support.DueTimers;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.IntakeProbe;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The desk's promise survives what production does to it. Two desks share one PostgreSQL database; 1,000 deadlines
 * (a warning and an overdue timer for each of 500 complaints) fall due while complaints keep coming in. One desk is
 * killed with kill -9 while it holds due jobs: the other takes over its jobs once their lock expires. Afterwards the
 * survivor is stopped, another 1,000 deadlines pass while no desk runs, and the killed desk is started again: it works
 * through the backlog while intake keeps answering. Every complaint acknowledged with 201 exists with its process,
 * every due alert is raised exactly once, and record and process agree.
 *
 * <p>The deadlines are made due in the database ({@link DueTimers}) rather than waited for; the desks' own job
 * executors fire them. The warnings first, then the deadlines: a warning due together with its deadline is rightly
 * not raised (docs/ENGINE.md, "Warnings after an outage").
 */
class CrashRecoveryIT {

    private static final Logger LOG = Logger.getLogger(CrashRecoveryIT.class.getName());
    private static final int BATCH = 500;
    private static final Duration LOCK_TIME = Duration.ofSeconds(20);
    private static final Duration FIRING = Duration.ofMinutes(3);
    private static final String OPEN_NOT_ESCALATED = "select number from complaint where status <> 'CLOSED' and escalation_level = 0";

    @Test
    void killedDeskIsTakenOverAndABacklogIsWorkedOff() throws Exception {
        String db = TestDatabase.create("desk_crash");
        Map<String, String> env = DeskServer.postgresEnvironment(db);
        env.putAll(Map.of(
                "DESK_SLA_LEAD_CONTACT_WINDOW", "PT1H",
                "DESK_SLA_ESCALATION_WINDOW", "PT1H",
                "DESK_SLA_REMINDER_CYCLE", "PT1H",
                "DESK_ENGINE_JOB_LOCK_TIME", LOCK_TIME.toString()));
        List<DeskServer> desks = new ArrayList<>();
        try {
            DeskServer killed = new DeskServer("crash-killed", env);
            DeskServer survivor = new DeskServer("crash-survivor", env);
            desks.addAll(List.of(killed, survivor));
            DeskServer.startTogether(killed, survivor);

            // 1,000 deadlines on both desks, with intake running on the survivor throughout
            try (IntakeProbe intake = new IntakeProbe(new ComplaintApi(survivor))) {
                DueTimers.warningsDue(db, logBatch(List.of(killed, survivor)));
                // killed while it holds jobs it has taken but not yet run: those are what the survivor must take over
                String lockOwner = killed.pid() + "@%";
                await().atMost(FIRING).pollInterval(Duration.ofMillis(50)).until(() -> locked(db, lockOwner) > 0);
                killed.kill();
                Instant killedAt = Instant.now();
                long orphaned = locked(db, lockOwner);
                LOG.info(() -> "killed one desk holding " + orphaned + " jobs, with " + alerts(db, "REPLY_WARNING")
                        + " of " + BATCH + " warnings raised");

                // the dead desk's locked jobs come back after the lock time, checked every sixth of it
                await().atMost(LOCK_TIME.multipliedBy(2).plus(FIRING)).pollInterval(Duration.ofSeconds(1))
                        .untilAsserted(() -> {
                            assertThat(locked(db, lockOwner)).as("jobs of the dead desk").isZero();
                            assertThat(dueTimers(db)).as("due timers not yet fired").isZero();
                        });
                Duration takeover = Duration.between(killedAt, Instant.now());
                LOG.info(() -> "all due timers fired " + takeover.toSeconds() + " s after the kill (lock time " + LOCK_TIME.toSeconds() + " s)");
                intake.stop();
                assertThat(intake.failures()).as("intake answers on the surviving desk").isEmpty();
                passEveryDeadline(db);
                assertEveryDueAlertOnceAndConsistent(survivor, db, intake.acknowledged(), Outage.NONE);
            }

            // a backlog: 1,000 deadlines pass while no desk runs
            logBatch(List.of(survivor));
            Timestamp stopped = Timestamp.from(Instant.now());
            survivor.close();
            // the deadlines below fall (a second before the database's now) after the desks stopped
            await().pollInterval(Duration.ofMillis(100)).until(() -> Instant.now().isAfter(stopped.toInstant().plusSeconds(2)));
            List<String> backlogged = TestDatabase.texts(db, OPEN_NOT_ESCALATED);
            DueTimers.warningsDue(db, backlogged);
            DueTimers.replyDeadlinesPassed(db, backlogged);
            long due = dueTimers(db);
            LOG.info(() -> due + " timers fell due while no desk ran");
            assertThat(due).as("timers due while no desk ran").isEqualTo(2L * BATCH);
            DeskServer restarted = start(desks, new DeskServer("crash-restarted", env));
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
                passEveryDeadline(db);
                assertEveryDueAlertOnceAndConsistent(restarted, db, intake.acknowledged(), new Outage(stopped, started));
            }
            for (DeskServer desk : desks) {
                assertThat(desk.connectionWarnings()).as("connection warnings of " + desk).isEmpty();
            }
        } finally {
            desks.forEach(DeskServer::close);
        }
    }

    private static DeskServer start(List<DeskServer> desks, DeskServer desk) {
        desks.add(desk);
        return desk.start().awaitReady();
    }

    /**
     * Every open complaint not yet escalated (the intakes of the probe among them) gets its warning, then its overdue
     * alert: the two moves are a step apart, as the warning and the deadline are.
     */
    private static void passEveryDeadline(String db) {
        List<String> open = TestDatabase.texts(db, OPEN_NOT_ESCALATED);
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

    /** Every complaint whose deadline passed has exactly one warning, one overdue alert, one escalation and one open task. */
    private static void assertEveryDueAlertOnceAndConsistent(DeskServer desk, String db, List<String> acknowledged, Outage outage) {
        // the last intakes' deadlines pass too
        await().atMost(FIRING).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(count(db, "select count(*) from complaint where status <> 'CLOSED' and escalation_level = 0"))
                        .as("complaints not yet overdue").isZero());
        assertThat(dueTimers(db)).as("due timers not fired").isZero();
        for (String number : acknowledged) {
            assertThat(count(db, "select count(*) from complaint c join act_ru_execution e on e.proc_inst_id_ = c.process_instance_id"
                    + " and e.parent_id_ is null where c.number = ?", number)).as("process of acknowledged " + number).isEqualTo(1);
        }
        // no warning once the deadline has passed: only a deadline that passed while no desk ran goes without one
        assertThat(count(db, "select count(*) from complaint c where (select count(*) from alert a where a.complaint_id = c.id"
                + " and a.kind = 'REPLY_WARNING') <> 1 and not (c.reply_deadline between ? and ?)", outage.from(), outage.to()))
                .as("complaints without exactly one warning").isZero();
        assertThat(count(db, "select count(*) from complaint c where (select count(*) from alert a where a.complaint_id = c.id"
                + " and a.kind = 'REPLY_WARNING') > 1")).as("complaints warned more than once").isZero();
        assertThat(count(db, "select count(*) from complaint c where (select count(*) from alert a where a.complaint_id = c.id"
                + " and a.kind = 'REPLY_OVERDUE') <> 1")).as("complaints without exactly one overdue alert").isZero();
        assertThat(count(db, "select count(*) from complaint c where escalation_level <> 1 or (select count(*) from complaint_escalation e"
                + " where e.complaint_id = c.id) <> 1")).as("complaints not escalated exactly once").isZero();
        assertThat(count(db, "select count(*) from complaint c where (select count(*) from act_ru_task t where t.proc_inst_id_ ="
                + " c.process_instance_id and t.task_def_key_ = 'task_teamLeadHandle') <> 1 or (select count(*) from act_ru_task t"
                + " where t.proc_inst_id_ = c.process_instance_id) <> 1")).as("complaints whose process is not at the team lead").isZero();
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

    private static long alerts(String db, String kind) {
        return count(db, "select count(*) from alert where kind = ?", kind);
    }

    private static long count(String db, String sql, Object... parameters) {
        return TestDatabase.count(db, sql, parameters);
    }
}
