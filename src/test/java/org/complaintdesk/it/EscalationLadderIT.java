package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintdesk.it.support.ComplaintApi.handBack;
import static org.complaintdesk.it.support.ComplaintApi.replied;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.complaintdesk.it.support.AttentionCheck;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The whole escalation ladder with coinciding windows, on PostgreSQL and the real timers, for a few hundred
 * complaints at once. The lead's deadline and the reminder cycle are equal, so for every complaint the lead's overdue
 * timer and a reminder fall due together; the supervisors then decide while the reminders keep firing, so users' steps
 * meet timers too. Every complaint must end with its record and its process agreeing, each alert raised once, no job
 * failed for good, and no pool or transaction warning in the desk's log.
 */
class EscalationLadderIT {

    private static final int COMPLAINTS = 240;
    private static final String SUPERVISOR_TASK = "task_supervisorHandle";
    private static final String LATE = """
            select element_id_ || ' due ' || duedate_ || coalesce(': ' || exception_msg_, '') from act_ru_timer_job
            where duedate_ < now() - interval '10 seconds'
            union all select coalesce(element_id_, handler_type_) || ' waiting since ' || create_time_ from act_ru_job
            where create_time_ < now() - interval '10 seconds'""";

    @Test
    void coincidingTimersAndStepsLeaveEveryComplaintConsistent() throws Exception {
        String db = TestDatabase.create("desk_ladder");
        Map<String, String> env = DeskServer.postgresEnvironment(db);
        env.putAll(Map.of(
                "DESK_SLA_SIMPLE_WINDOW", "PT20S",
                "DESK_SLA_WARNING_SHARE", "0.5",
                "DESK_SLA_LEAD_CONTACT_WINDOW", "PT8S",
                "DESK_SLA_ESCALATION_WINDOW", "PT8S",
                "DESK_SLA_REMINDER_CYCLE", "PT8S"));
        try (DeskServer desk = new DeskServer("ladder", env).start().awaitReady()) {
            ComplaintApi api = new ComplaintApi(desk);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            // half escalated at once (lead contact due with the first reminder), half waiting for a reply that never
            // comes (warned at 10 s, overdue at 20 s, then the lead's deadline meets the first reminder)
            List<String> immediate = run(clients, COMPLAINTS / 2, i -> () -> api.logEscalated(agent(i), "DELIVERY"));
            List<String> overdue = run(clients, COMPLAINTS / 2, i -> () -> api.logAwaitingReply(agent(i), "BILLING", "SIMPLE"));
            List<String> all = new ArrayList<>(immediate);
            all.addAll(overdue);

            await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(3)).untilAsserted(() ->
                    assertThat(count(db, "select count(*) from complaint where escalation_level = 2")).isEqualTo(COMPLAINTS));
            // the supervisors decide while the 8 s reminders go on: half hand back, half reply
            run(clients, COMPLAINTS, i -> () -> {
                String number = all.get(i);
                api.claim("supervisor1", number);
                api.complete("supervisor1", number, SUPERVISOR_TASK, i % 2 == 0 ? handBack("call back with the refund number")
                        : replied("the parcel is re-sent today"));
                return number;
            });
            clients.shutdown();
            // what fell due meanwhile has run, or runs in its turn: nothing waits long past its time. (Not "nothing
            // due": the handed-back complaints' reminders go on every 8 s, so with a hundred of them one is always due.)
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(TestDatabase.texts(db, LATE)).as("timers and jobs late by more than 10 s").isEmpty());

            assertThat(count(db, "select count(*) from act_ru_deadletter_job")).as("dead-letter jobs").isZero();
            assertThat(count(db, "select count(*) from act_ru_job where exception_msg_ is not null")).as("failing jobs").isZero();
            assertThat(count(db, "select count(*) from act_ru_timer_job where exception_msg_ is not null")).as("failing timers").isZero();
            for (int i = 0; i < all.size(); i++) {
                String number = all.get(i);
                List<String> open = openTasks(db, number);
                if (i % 2 == 0) {
                    assertThat(open).as("open tasks of handed-back " + number).containsExactly("task_replyAsInstructed");
                } else {
                    assertThat(open).as("open tasks of replied " + number).isEmpty();
                    assertThat(count(db, "select count(*) from complaint where number = ? and status = 'CLOSED'", number))
                            .as("replied " + number + " is closed").isEqualTo(1);
                }
                assertThat(count(db, "select count(*) from complaint_escalation e join complaint c on c.id = e.complaint_id"
                        + " where c.number = ?", number)).as("escalations of " + number).isEqualTo(2);
                assertThat(alerts(db, number, "ESCALATION")).as("escalation alerts of " + number).isEqualTo(2);
            }
            for (String number : overdue) {
                assertThat(alerts(db, number, "REPLY_WARNING")).as("warnings of " + number).isEqualTo(1);
                assertThat(alerts(db, number, "REPLY_OVERDUE")).as("overdue alerts of " + number).isEqualTo(1);
            }
            AttentionCheck.assertNoComplaintNeedsAttention(desk);
            assertThat(desk.connectionWarnings()).as("pool and transaction warnings").isEmpty();
            assertThat(desk.severeRecords()).isEmpty();
        }
    }

    private interface Step {
        Callable<String> at(int index);
    }

    private static List<String> run(ExecutorService clients, int times, Step step) throws Exception {
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            futures.add(clients.submit(step.at(i)));
        }
        List<String> results = new ArrayList<>();
        for (Future<String> future : futures) {
            results.add(future.get());
        }
        return results;
    }

    private static String agent(int i) {
        return i % 2 == 0 ? "agent1" : "agent2";
    }

    private static List<String> openTasks(String db, String number) {
        List<String> keys = new ArrayList<>();
        try (var connection = TestDatabase.connect(db); var query = connection.prepareStatement(
                "select t.task_def_key_ from act_ru_task t join complaint c on c.process_instance_id = t.proc_inst_id_"
                        + " where c.number = ? order by 1")) {
            query.setString(1, number);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    private static long alerts(String db, String number, String kind) {
        return count(db, "select count(*) from alert where complaint_number = ? and kind = ?", number, kind);
    }

    private static long count(String db, String sql, Object... parameters) {
        return TestDatabase.count(db, sql, parameters);
    }
}
