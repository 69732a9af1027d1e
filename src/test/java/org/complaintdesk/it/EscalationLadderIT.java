package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintdesk.it.support.ComplaintApi.handBack;
import static org.complaintdesk.it.support.ComplaintApi.replied;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.complaintdesk.it.support.AttentionCheck;
import org.complaintdesk.it.support.ClusterDesks;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.DueTimers;
import org.complaintdesk.it.support.OffSharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The whole escalation ladder with coinciding timers, for a few hundred complaints at once, on the run's two
 * {@link ClusterDesks} and their real job executors. When a complaint's clock is moved to the lead's deadline
 * ({@link DueTimers}), the lead's overdue timer and a reminder fall due together: with the production windows, after
 * an escalation at once the deadline and the first reminder are the same 30 minutes; after a reply that never came
 * (warned, then overdue) the deadline is 2 hours and its fourth reminder. Half the complaints take each way. The supervisors then decide, on either desk, while their reminders
 * keep falling due, so people's steps meet timers too. Every complaint must end with its record and its process
 * agreeing, each alert raised once, no job failed for good, and no pool or transaction warning in the desks' logs.
 */
@OffSharedDesk
class EscalationLadderIT {

    private static final int COMPLAINTS = 240;
    private static final String SUPERVISOR_TASK = "task_supervisorHandle";
    /** How often the reminders fall due while the supervisors decide. */
    private static final Duration REMINDER_ROUND = Duration.ofSeconds(4);
    private static final String LATE = """
            select element_id_ || ' due ' || duedate_ || coalesce(': ' || exception_msg_, '') from act_ru_timer_job
            where duedate_ < now() - interval '10 seconds'
            union all select coalesce(element_id_, handler_type_) || ' waiting since ' || create_time_ from act_ru_job
            where create_time_ < now() - interval '10 seconds'""";

    @Test
    void coincidingTimersAndStepsLeaveEveryComplaintConsistent() throws Exception {
        ClusterDesks cluster = ClusterDesks.get();
        String db = cluster.databaseUrl();
        List<DeskServer> desks = List.of(cluster.one(), cluster.two());
        List<ComplaintApi> apis = desks.stream().map(ComplaintApi::new).toList();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        ScheduledExecutorService reminders = Executors.newSingleThreadScheduledExecutor();
        try {
            // half escalated at once, half waiting for a reply that never comes; logged on either desk
            List<String> immediate = run(clients, COMPLAINTS / 2, i -> () -> apis.get(i % 2).logEscalated(agent(i), "DELIVERY"));
            List<String> overdue = run(clients, COMPLAINTS / 2, i -> () -> apis.get(i % 2).logAwaitingReply(agent(i), "BILLING", "SIMPLE"));
            List<String> all = new ArrayList<>(immediate);
            all.addAll(overdue);
            DueTimers.warningsDue(db, overdue);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(alerts(db, overdue, "REPLY_WARNING")).isEqualTo(overdue.size()));
            DueTimers.replyDeadlinesPassed(db, overdue);
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(atLevel(db, all, 1)).isEqualTo(COMPLAINTS));

            // each lead's deadline now: the lead's overdue timer and a reminder fall due together
            run(clients, COMPLAINTS, i -> () -> {
                DueTimers.escalationDeadlineNow(db, all.get(i));
                return all.get(i);
            });
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                    assertThat(atLevel(db, all, 2)).isEqualTo(COMPLAINTS));

            // the supervisors decide while reminders keep falling due: half hand back, half reply
            AtomicReference<RuntimeException> reminding = new AtomicReference<>();
            reminders.scheduleWithFixedDelay(() -> {
                try {
                    DueTimers.remindersDue(db, all);
                } catch (RuntimeException e) {
                    reminding.compareAndSet(null, e);
                }
            }, 0, REMINDER_ROUND.toMillis(), TimeUnit.MILLISECONDS);
            run(clients, COMPLAINTS, i -> () -> {
                String number = all.get(i);
                ComplaintApi api = apis.get((i / 2) % 2);
                api.claim("supervisor1", number);
                api.complete("supervisor1", number, SUPERVISOR_TASK, i % 2 == 0 ? handBack("call back with the refund number")
                        : replied("the parcel is re-sent today"));
                return number;
            });
            reminders.shutdown();
            assertThat(reminders.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
            assertThat(reminding.get()).as("making the reminders due").isNull();
            // what fell due meanwhile has run: nothing waits long past its time
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                    assertThat(TestDatabase.texts(db, LATE)).as("timers and jobs late by more than 10 s").isEmpty());

            assertThat(count(db, "select count(*) from act_ru_deadletter_job")).as("dead-letter jobs").isZero();
            assertThat(count(db, "select count(*) from act_ru_job where exception_msg_ is not null")).as("failing jobs").isZero();
            assertThat(count(db, "select count(*) from act_ru_timer_job where exception_msg_ is not null")).as("failing timers").isZero();
            assertThat(alerts(db, all, "REMINDER")).as("reminders raised").isPositive();
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
                assertThat(alerts(db, List.of(number), "ESCALATION")).as("escalation alerts of " + number).isEqualTo(2);
            }
            for (String number : overdue) {
                assertThat(alerts(db, List.of(number), "REPLY_WARNING")).as("warnings of " + number).isEqualTo(1);
                assertThat(alerts(db, List.of(number), "REPLY_OVERDUE")).as("overdue alerts of " + number).isEqualTo(1);
            }
            for (DeskServer desk : desks) {
                AttentionCheck.assertNoComplaintNeedsAttention(desk);
                assertThat(desk.connectionWarnings()).as("pool and transaction warnings of " + desk).isEmpty();
                assertThat(desk.severeRecords()).as("SEVERE records of " + desk).isEmpty();
            }
        } finally {
            reminders.shutdownNow();
            clients.shutdown();
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
        return TestDatabase.texts(db, "select t.task_def_key_ from act_ru_task t join complaint c on c.process_instance_id = t.proc_inst_id_"
                + " where c.number = ? order by 1", number);
    }

    /** Alerts of the kind about the given complaints (the cluster serves other tests too). */
    private static long alerts(String db, List<String> numbers, String kind) {
        return count(db, "select count(*) from alert where complaint_number = any(?) and kind = ?", numbers.toArray(String[]::new), kind);
    }

    private static long atLevel(String db, List<String> numbers, int level) {
        return count(db, "select count(*) from complaint where number = any(?) and escalation_level = ?", numbers.toArray(String[]::new), level);
    }

    private static long count(String db, String sql, Object... parameters) {
        return TestDatabase.count(db, sql, parameters);
    }
}
