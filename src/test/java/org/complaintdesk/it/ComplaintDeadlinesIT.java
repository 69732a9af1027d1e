package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.complaintdesk.it.support.ComplaintApi.apology;
import static org.complaintdesk.it.support.ComplaintApi.between;
import static org.complaintdesk.it.support.ComplaintApi.instant;
import static org.complaintdesk.it.support.ComplaintApi.replied;
import static org.complaintdesk.it.support.ComplaintApi.reply;
import static org.complaintdesk.it.support.ComplaintApi.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionFactory;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskRhythm;
import org.complaintdesk.it.support.DueTimers;
import org.complaintdesk.it.support.SecondLane;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The reply deadline and the escalations on the real timers of the running desk. The shared desk's short
 * windows: a SIMPLE complaint is due 30 s after it is received, warned at 15 s; an escalated task is due
 * 20 s after the escalation; the job executor looks for due timers once a second ({@link DeskRhythm}).
 * Their time is made to pass through {@link DueTimers} (the complaint's deadlines and its timers moved earlier, the
 * desk's job executor fires them), and what a timer wrote is checked against the time that passed for it. Each test
 * watches only its own complaint.
 */
@Order(SecondLane.BESIDE)
class ComplaintDeadlinesIT {

    private static final Duration SIMPLE_WINDOW = Duration.ofSeconds(30);
    private static final Duration WARNING_AFTER = Duration.ofSeconds(15);
    private static final Duration ESCALATION_WINDOW = Duration.ofSeconds(20);
    /** Server-side instants are compared with this slack (rounding of stored times). */
    private static final Duration SLACK = Duration.ofSeconds(1);

    private static final String LEAD_REMINDER_OF = "element_id_ = 'timer_leadReminder'"
            + " and process_instance_id_ = (select process_instance_id from complaint where number = ?)";

    private final ComplaintApi api = new ComplaintApi(SharedDesk.server());
    private final String db = SharedDesk.databaseUrl();

    @Test
    void anUnansweredComplaintIsWarnedThenEscalatedToTheTeamLeadThenToTheSupervisor() {
        String number = api.logAwaitingReply("agent1", "BILLING", "SIMPLE");
        JsonNode logged = api.complaint(number);
        Instant receivedAt = instant(logged, "receivedAt");
        Instant replyDeadline = instant(logged, "replyDeadline");
        assertThat(between(receivedAt, replyDeadline)).isBetween(SIMPLE_WINDOW.minus(SLACK), SIMPLE_WINDOW.plus(SLACK));
        assertThat(api.taskKeys(number)).containsExactly("task_reply");

        // the warning, half-way to the deadline, to the agent (and nothing more yet)
        Duration passed = DueTimers.replyWarningNow(db, number);
        waitUpTo(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.alerts("agent1", number, "REPLY_WARNING")).hasSize(1));
        JsonNode warning = api.alerts("agent1", number, "REPLY_WARNING").get(0);
        assertThat(text(warning, "recipient")).isEqualTo("agent1");
        assertThat(instant(warning, "raisedAt").plus(passed)).isAfterOrEqualTo(receivedAt.plus(WARNING_AFTER).minus(SLACK));
        assertThat(api.complaint(number).path("escalationLevel").asInt()).isZero();
        assertThat(api.alerts("agent1", number, "REPLY_OVERDUE")).isEmpty();

        // the deadline passes: overdue alert to the agent, escalation to the team lead
        passed = passed.plus(DueTimers.replyDeadlineNow(db, number));
        waitUpTo(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.complaint(number).path("escalationLevel").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(api.taskKeys(number)).isNotEmpty();
        });
        JsonNode atLead = api.complaint(number);
        assertThat(atLead.path("escalationLevel").asInt()).as("still with the team lead (they have 20 s)").isEqualTo(1);
        assertThat(text(atLead, "status")).isEqualTo("ESCALATED");
        assertThat(text(atLead, "sla")).isEqualTo("OVERDUE");
        assertThat(text(atLead, "repliedAt")).isNull();
        assertThat(api.taskKeys(number)).containsExactly("task_teamLeadHandle");
        assertThat(api.alerts("agent1", number, "REPLY_OVERDUE")).hasSize(1);
        JsonNode overdue = api.alerts("agent1", number, "REPLY_OVERDUE").get(0);
        assertThat(text(overdue, "recipient")).isEqualTo("agent1");
        assertThat(instant(overdue, "raisedAt").plus(passed)).isAfterOrEqualTo(replyDeadline.minus(SLACK));
        waitUpTo(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.alerts("lead1", number, "ESCALATION")).hasSize(1));
        JsonNode toLead = api.alerts("lead1", number, "ESCALATION").get(0);
        assertThat(api.alerts("lead2", number)).as("the other team's lead").isEmpty();

        // the team lead lets their own 20 s pass: second level, the supervisor
        Duration leadsTimePassed = DueTimers.escalationDeadlineNow(db, number);
        waitUpTo(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(api.complaint(number).path("escalationLevel").asInt()).isEqualTo(2);
            assertThat(api.taskKeys(number)).containsExactly("task_supervisorHandle");
            assertThat(api.roleAlerts("supervisor1", number, "ESCALATION", "SUPERVISOR")).hasSize(1);
        });
        JsonNode toSupervisor = api.roleAlerts("supervisor1", number, "ESCALATION", "SUPERVISOR").get(0);
        assertThat(between(instant(toLead, "raisedAt"), instant(toSupervisor, "raisedAt").plus(leadsTimePassed)))
                .isGreaterThanOrEqualTo(ESCALATION_WINDOW.minus(SLACK));
        assertThat(text(api.complaint(number), "sla")).isEqualTo("OVERDUE");

        // each timer raised its alerts exactly once, and keeps it that way
        await().during(DeskRhythm.QUIET).atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(api.alerts("agent1", number, "REPLY_WARNING")).hasSize(1);
            assertThat(api.alerts("agent1", number, "REPLY_OVERDUE")).hasSize(1);
            assertThat(api.alerts("lead1", number, "ESCALATION")).hasSize(1);
            assertThat(api.roleAlerts("supervisor1", number, "ESCALATION", "SUPERVISOR")).hasSize(1);
            assertThat(api.taskKeys(number)).containsExactly("task_supervisorHandle");
        });

        api.claim("supervisor1", number);
        JsonNode closed = api.complete("supervisor1", number, "task_supervisorHandle",
                replied("We are sorry for the delay; the refund is on its way."));

        assertThat(text(closed, "status")).isEqualTo("CLOSED");
        assertThat(text(closed, "sla")).isEqualTo("BREACHED");
        assertThat(closed.path("escalationLevel").asInt()).isEqualTo(2);
        assertThat(closed.get("minutesLate")).isNotNull();
        assertThat(closed.get("minutesLate").isNull()).as("minutesLate of a breached complaint").isFalse();
        assertThat(closed.get("minutesLate").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(instant(closed, "repliedAt")).isAfter(instant(closed, "replyDeadline"));
        assertThat(api.taskKeys(number)).isEmpty();
    }

    @Test
    void anEscalationTheTeamLeadLeavesAloneReachesTheSupervisorAfterTheLeadsWindow() {
        String number = api.logNumber("agent1", "AGENT_ATTITUDE", "SIMPLE");
        JsonNode escalated = api.complete("agent1", number, "task_apologiseAndRecord", apology("SIMPLE", "NEEDS_REPLY", true));
        assertThat(text(escalated, "status")).isEqualTo("ESCALATED");
        assertThat(api.taskKeys(number)).containsExactly("task_teamLeadHandle");
        JsonNode leadTask = api.task(number, "task_teamLeadHandle").orElseThrow();
        waitUpTo(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api.alerts("lead1", number, "ESCALATION")).hasSize(1));
        Instant escalatedAt = instant(api.alerts("lead1", number, "ESCALATION").get(0), "raisedAt");
        if (instant(leadTask, "due") != null) {
            assertThat(between(escalatedAt, instant(leadTask, "due")))
                    .isBetween(ESCALATION_WINDOW.minus(SLACK), ESCALATION_WINDOW.plus(SLACK));
        }

        Instant leadDeadline = escalationDeadline(number);
        assertThat(between(escalatedAt, leadDeadline)).isBetween(ESCALATION_WINDOW.minus(SLACK), ESCALATION_WINDOW.plus(SLACK));
        // nothing before the lead's deadline ...
        assertThat(api.roleAlerts("supervisor1", number, "ESCALATION", "SUPERVISOR")).isEmpty();
        // ... and the supervisor once it has passed
        Duration passed = DueTimers.escalationDeadlineNow(db, number);
        waitUpTo(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(api.taskKeys(number)).containsExactly("task_supervisorHandle");
            assertThat(api.complaint(number).path("escalationLevel").asInt()).isEqualTo(2);
            assertThat(api.roleAlerts("supervisor1", number, "ESCALATION", "SUPERVISOR")).hasSize(1);
        });
        JsonNode toSupervisor = api.roleAlerts("supervisor1", number, "ESCALATION", "SUPERVISOR").get(0);
        assertThat(between(escalatedAt, instant(toSupervisor, "raisedAt").plus(passed)))
                .isBetween(ESCALATION_WINDOW.minus(SLACK), Duration.ofSeconds(60));
        assertThat(text(api.task(number, "task_supervisorHandle").orElseThrow(), "candidateGroup")).isEqualTo("SUPERVISOR");

        // the supervisor hands it back; the agent replies as instructed
        api.claim("supervisor1", number);
        api.complete("supervisor1", number, "task_supervisorHandle", ComplaintApi.handBack("apologise for E1001 and confirm coaching"));
        assertThat(api.taskKeys(number)).containsExactly("task_replyAsInstructed");
        JsonNode closed = api.complete("agent1", number, "task_replyAsInstructed", reply("We apologise; the agent has been coached."));
        assertThat(text(closed, "status")).isEqualTo("CLOSED");
    }

    @Test
    void aComplaintReclassifiedAsComplexIsNotEscalatedAtItsOldDeadline() {
        String number = api.logAwaitingReply("agent1", "PRODUCT_OR_SERVICE_FAULT", "SIMPLE");
        api.reclassify("lead1", number, "COMPLEX", "needs the network team");
        JsonNode complex = api.complaint(number);
        assertThat(between(instant(complex, "receivedAt"), instant(complex, "replyDeadline")))
                .isBetween(Duration.ofHours(24).minus(SLACK), Duration.ofHours(24).plus(SLACK));

        // well past the old 30 s deadline (and its 15 s warning), 40 s made to pass: no timer of it is due, and
        // nothing fires
        DueTimers.advance(db, number, Duration.ofSeconds(40));
        assertThat(TestDatabase.count(db, "select count(*) from act_ru_timer_job t join complaint c on c.process_instance_id"
                + " = t.process_instance_id_ where c.number = ? and t.duedate_ <= now()", number)).as("due timers").isZero();
        await().during(DeskRhythm.QUIET).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            assertThat(api.taskKeys(number)).containsExactly("task_reply");
            assertThat(api.alerts("agent1", number)).isEmpty();
        });
        JsonNode waiting = api.complaint(number);
        assertThat(waiting.path("escalationLevel").asInt()).isZero();
        assertThat(text(waiting, "sla")).isEqualTo("PENDING");

        JsonNode closed = api.complete("agent1", number, "task_reply", reply("The network team fixed the line."));
        assertThat(text(closed, "sla")).isEqualTo("MET");
    }

    /**
     * A test's move of the reminders meets a desk taking one of them: an acquisition holds the timers it takes until
     * its transaction ends, many at once. The move must leave that one to the desk and not wait for it: waiting while
     * holding the others it moved can deadlock the two (most likely what failed EscalationLadderIT once in CI).
     */
    @Test
    void remindersFallDueWithoutWaitingForOneADeskIsTaking() throws Exception {
        String taken = api.logEscalated("agent1", "DELIVERY");
        String free = api.logEscalated("agent1", "DELIVERY");
        try (Connection desk = TestDatabase.connect(db)) {
            desk.setAutoCommit(false);
            try (PreparedStatement lock = desk.prepareStatement("select id_ from act_ru_timer_job where " + LEAD_REMINDER_OF + " for update")) {
                lock.setString(1, taken);
                assertThat(lock.executeQuery().next()).as("the lead's reminder of " + taken).isTrue();
            }
            CompletableFuture<Void> move = CompletableFuture.runAsync(() -> DueTimers.remindersDue(db, List.of(free, taken)));
            move.get(10, TimeUnit.SECONDS); // before the desk's transaction ends
            desk.rollback();
        }
        assertThat(TestDatabase.count(db, "select count(*) from act_ru_timer_job where duedate_ <= now() and " + LEAD_REMINDER_OF, free))
                .as("the reminder no desk held is due").isEqualTo(1);
        assertThat(TestDatabase.count(db, "select count(*) from act_ru_timer_job where duedate_ > now() and " + LEAD_REMINDER_OF, taken))
                .as("the reminder a desk held is left as it was").isEqualTo(1);
    }

    private static Instant escalationDeadline(String number) {
        return Instant.parse(TestDatabase.text(SharedDesk.databaseUrl(), "select to_char(e.deadline at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                + " from complaint_escalation e join complaint c on c.id = e.complaint_id where c.number = ? order by e.id desc limit 1", number));
    }

    private static ConditionFactory waitUpTo(Duration limit) {
        return await().atMost(limit).pollInterval(Duration.ofMillis(200));
    }
}
