package org.complaintdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.workflow.ComplaintProcess.*;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintdesk.attention.AttentionQueries;
import org.complaintdesk.attention.NeedsAttention;
import org.complaintdesk.it.support.TestDatabase;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.job.api.Job;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The consistency check's rules (org.complaintdesk.attention.AgreementRules) on the real process and the desk's own
 * tables in one embedded PostgreSQL: each complaint here is a row of the complaint table next to a real process
 * instance, brought into agreement or out of it the way the trials of issue 10 did.
 */
class AgreementRulesProcessTest {

    private static final Instant NOW = Instant.parse("2025-03-03T01:00:00Z");
    private static final DefaultClockImpl clock = new DefaultClockImpl();
    private static final AtomicInteger sequence = new AtomicInteger();
    private static String url;
    private static ProcessEngine engine;
    private static RuntimeService runtimeService;
    private static TaskService taskService;
    private static ManagementService managementService;

    @BeforeAll
    static void start() {
        url = TestDatabase.create("process_agreement_rules");
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration")
                .placeholders(Map.of("deskZone", "Asia/Shanghai")).load().migrate();
        TestDatabase.execute(url, "insert into desk_user (id, username, employee_number, display_name, password_hash, role,"
                + " enabled, created_at, version) values (1, 'agent-1007', 'E1007', 'Agent', 'x', 'AGENT', true, now(), 0),"
                + " (2, 'lead-1', 'E2001', 'Lead', 'x', 'TEAM_LEAD', true, now(), 0)");
        clock.setCurrentTime(Date.from(NOW));
        engine = ProcessTestEngine.onPostgresAt(url, clock, Map.of(HOOKS_BEAN, new RecordingProcessHooks(clock))).buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource(RESOURCE).deploy();
        runtimeService = engine.getRuntimeService();
        taskService = engine.getTaskService();
        managementService = engine.getManagementService();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @AfterEach
    void clean() {
        runtimeService.createProcessInstanceQuery().list().forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test over"));
        TestDatabase.execute(url, "delete from complaint");
    }

    @Test
    void everyStateTheProcessReachesAgreesWithItsRecord() throws Exception {
        complaint("OPEN", 0, start("AGENT_MISTAKE"));
        complaint("OPEN", 0, start("SUGGESTION"));
        String awaiting = start("BILLING");
        complete(awaiting, TASK_APOLOGISE_AND_RECORD, Map.of(VAR_ROUTE, Route.NEEDS_REPLY.name()));
        complaint("AWAITING_REPLY", 0, awaiting);
        String escalated = start("AGENT_MISTAKE");
        complete(escalated, TASK_APOLOGISE_AND_RECORD, Map.of(VAR_ROUTE, Route.ESCALATE.name()));
        complaint("ESCALATED", 1, escalated);
        String handedBack = start("AGENT_MISTAKE");
        complete(handedBack, TASK_APOLOGISE_AND_RECORD, Map.of(VAR_ROUTE, Route.ESCALATE.name()));
        complete(handedBack, TASK_TEAM_LEAD_HANDLE, Map.of(VAR_DECISION, Decision.HAND_BACK.name()));
        complaint("AWAITING_REPLY", 1, handedBack);
        String closed = start("BILLING");
        complete(closed, TASK_APOLOGISE_AND_RECORD, Map.of(VAR_ROUTE, Route.RESOLVED.name()));
        complaint("CLOSED", 0, closed);
        String reviewed = start("BILLING");
        complete(reviewed, TASK_APOLOGISE_AND_RECORD, Map.of(VAR_ROUTE, Route.RESOLVED.name()));
        rate(reviewed, 3);
        complaint("CLOSED", 0, reviewed);
        String reopened = start("BILLING");
        complete(reopened, TASK_APOLOGISE_AND_RECORD, Map.of(VAR_ROUTE, Route.RESOLVED.name()));
        rate(reopened, 4);
        complaint("REOPENED", 2, reopened);
        String ended = start("BILLING");
        complete(ended, TASK_APOLOGISE_AND_RECORD, Map.of(VAR_ROUTE, Route.RESOLVED.name()));
        complaint("CLOSED", 0, ended);
        rate(ended, 1);

        assertThat(check()).isEmpty();
    }

    @Test
    void aClosedRecordWithAnOpenTaskDisagrees() throws Exception {
        String number = complaint("CLOSED", 1, escalated());

        assertThat(check()).extracting(NeedsAttention::number, NeedsAttention::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(number, "CLOSED_WITH_OPEN_TASK"));
    }

    @Test
    void anOpenRecordWithoutItsProcessDisagrees() throws Exception {
        String process = start("AGENT_MISTAKE");
        String number = complaint("OPEN", 0, process);
        runtimeService.deleteProcessInstance(process, "lost in a crash");

        assertThat(reasons()).containsExactly(number + " NO_PROCESS");
    }

    @Test
    void anOpenRecordWhoseProcessWaitsForNobodyDisagrees() throws Exception {
        String process = start("BILLING");
        complete(process, TASK_APOLOGISE_AND_RECORD, Map.of(VAR_ROUTE, Route.RESOLVED.name()));
        String number = complaint("AWAITING_REPLY", 0, process);

        assertThat(reasons()).containsExactly(number + " NO_OPEN_TASK");
    }

    @Test
    void aLeadTaskAndASupervisorTaskAtOnceDisagree() throws Exception {
        String process = escalated();
        runtimeService.createChangeActivityStateBuilder().processInstanceId(process)
                .moveSingleActivityIdToActivityIds(TASK_TEAM_LEAD_HANDLE, List.of(TASK_TEAM_LEAD_HANDLE, TASK_SUPERVISOR_HANDLE))
                .changeState();
        String number = complaint("ESCALATED", 2, process);

        List<NeedsAttention> found = check();
        assertThat(found).extracting(NeedsAttention::reason).containsExactly("SEVERAL_OPEN_TASKS");
        assertThat(found.get(0).openTasks()).containsExactlyInAnyOrder(TASK_TEAM_LEAD_HANDLE, TASK_SUPERVISOR_HANDLE);
        assertThat(found.get(0).number()).isEqualTo(number);
    }

    @Test
    void aLevelTheTasksDoNotShowDisagrees() throws Exception {
        String number = complaint("ESCALATED", 2, escalated());

        assertThat(reasons()).containsExactly(number + " LEVEL_NOT_SHOWN");
    }

    @Test
    void aTaskTheStatusDoesNotAllowDisagrees() throws Exception {
        String number = complaint("AWAITING_REPLY", 0, escalated());

        assertThat(reasons()).containsExactly(number + " TASK_NOT_FOR_STATUS");
    }

    @Test
    void aTaskHeldByNoEnabledUserNeedsAttention() throws Exception {
        String process = start("AGENT_MISTAKE");
        String number = complaint("OPEN", 0, process);
        assertThat(check()).isEmpty();

        TestDatabase.execute(url, "update desk_user set enabled = false where username = 'agent-1007'");
        try {
            assertThat(reasons()).containsExactly(number + " HOLDER_UNAVAILABLE");
            // the repair: the same step, for someone who can act on it
            processTasks().placeAt(process, TASK_APOLOGISE_AND_RECORD, "lead-1", Map.of());
            assertThat(check()).isEmpty();
            assertThat(taskService.createTaskQuery().processInstanceId(process).singleResult().getAssignee()).isEqualTo("lead-1");
        } finally {
            TestDatabase.execute(url, "update desk_user set enabled = true where username = 'agent-1007'");
        }
    }

    @Test
    void deadLetterAndFailingJobsAreListedWithTheEngineError() throws Exception {
        String dead = start("BILLING");
        String deadNumber = complaint("OPEN", 0, dead);
        Job timer = managementService.createTimerJobQuery().processInstanceId(dead).elementId(TIMER_RECORD_OVERDUE).singleResult();
        Job executable = managementService.moveTimerToExecutableJob(timer.getId());
        managementService.moveJobToDeadLetterJob(executable.getId());
        String failing = start("BILLING");
        String failingNumber = complaint("OPEN", 0, failing);
        TestDatabase.execute(url, "update act_ru_timer_job set exception_msg_ = 'no complaint 42', retries_ = 2"
                + " where process_instance_id_ = ? and element_id_ = ?", failing, TIMER_RECORD_WARNING);

        List<NeedsAttention> found = check();
        assertThat(found).extracting(item -> item.number() + " " + item.reason() + " " + item.jobElement())
                .containsExactlyInAnyOrder(deadNumber + " DEAD_LETTER_JOB " + TIMER_RECORD_OVERDUE,
                        failingNumber + " FAILING_JOB " + TIMER_RECORD_WARNING);
        assertThat(found).filteredOn(NeedsAttention::isDeadLetter).singleElement()
                .satisfies(item -> assertThat(item.openTasks()).containsExactly(TASK_APOLOGISE_AND_RECORD));
        assertThat(found).filteredOn(item -> !item.isDeadLetter()).singleElement()
                .satisfies(item -> assertThat(item.error()).isEqualTo("no complaint 42"));
        try (Connection connection = TestDatabase.connect(url)) {
            assertThat(AttentionQueries.deadLetterJobs(connection)).isEqualTo(1);
            assertThat(AttentionQueries.failingJobs(connection)).isEqualTo(1);
        }

        managementService.moveDeadLetterJobToExecutableJob(managementService.createDeadLetterJobQuery()
                .processInstanceId(dead).singleResult().getId(), 3);
        assertThat(check()).extracting(NeedsAttention::number).containsExactly(failingNumber);
    }

    // ---------------------------------------------------------------- the repairs' moves (ProcessTasks)

    @Test
    void placingAtTheLeadsTaskLeavesOneTaskAndNoDeadLetterJobOfTheOldOnes() throws Exception {
        String process = escalated();
        runtimeService.createChangeActivityStateBuilder().processInstanceId(process)
                .moveSingleActivityIdToActivityIds(TASK_TEAM_LEAD_HANDLE, List.of(TASK_TEAM_LEAD_HANDLE, TASK_SUPERVISOR_HANDLE))
                .changeState();
        Job overdue = managementService.createTimerJobQuery().processInstanceId(process).elementId("timer_leadOverdue").singleResult();
        managementService.moveJobToDeadLetterJob(managementService.moveTimerToExecutableJob(overdue.getId()).getId());
        String number = complaint("ESCALATED", 2, process);
        assertThat(reasons()).contains(number + " SEVERAL_OPEN_TASKS", number + " DEAD_LETTER_JOB");

        processTasks().placeAt(process, TASK_TEAM_LEAD_HANDLE, "lead-1",
                Map.of(VAR_ESCALATION_DEADLINE, Date.from(NOW.plus(Duration.ofHours(2)))));
        TestDatabase.execute(url, "update complaint set escalation_level = 1 where number = ?", number);

        assertThat(check()).isEmpty();
        assertThat(taskService.createTaskQuery().processInstanceId(process).singleResult().getAssignee()).isEqualTo("lead-1");
        assertThat(managementService.createTimerJobQuery().processInstanceId(process).elementId("timer_leadOverdue").count()).isEqualTo(1);
    }

    @Test
    void placingAProcessThatWaitsForARatingAtTheReply() throws Exception {
        String process = start("BILLING");
        complete(process, TASK_APOLOGISE_AND_RECORD, Map.of(VAR_ROUTE, Route.RESOLVED.name()));
        String number = complaint("AWAITING_REPLY", 0, process);

        processTasks().placeAt(process, TASK_REPLY, "agent-1007", Map.of());

        assertThat(check()).isEmpty();
        assertThat(runtimeService.createExecutionQuery().processInstanceId(process).activityId(WAIT_SATISFACTION_RATING).count()).isZero();
        assertThat(managementService.createTimerJobQuery().processInstanceId(process).elementId(TIMER_REPLY_OVERDUE).count()).isEqualTo(1);
        assertThat(number).isNotNull();
    }

    @Test
    void restartingALostProcessAtTheAgentsReply() throws Exception {
        String lost = start("BILLING");
        String number = complaint("AWAITING_REPLY", 0, lost);
        Map<String, Object> variables = runtimeService.getVariables(lost);
        runtimeService.deleteProcessInstance(lost, "lost in a crash");
        assertThat(reasons()).containsExactly(number + " NO_PROCESS");

        String restarted = processTasks().restartAt(lost, number, variables, TASK_REPLY, "agent-1007");
        TestDatabase.execute(url, "update complaint set process_instance_id = ? where number = ?", restarted, number);

        assertThat(check()).isEmpty();
        assertThat(taskService.createTaskQuery().processInstanceId(restarted).singleResult().getTaskDefinitionKey()).isEqualTo(TASK_REPLY);
    }

    @Test
    void theEnginesErrorInWordsNamesTheRootCause() {
        assertThat(AttentionQueries.inWords("Error while evaluating expression: ${complaintProcess.raiseAlert(execution, 'REMINDER')}",
                "org.flowable.common.engine.api.FlowableException: Error while evaluating expression\n\tat x.y(Z.java:1)\n"
                        + "Caused by: java.lang.reflect.InvocationTargetException\n"
                        + "Caused by: java.lang.IllegalStateException: no complaint 42\n\tat a.b(C.java:2)\n"))
                .isEqualTo("java.lang.IllegalStateException: no complaint 42"
                        + " (in Error while evaluating expression: ${complaintProcess.raiseAlert(execution, 'REMINDER')})");
        assertThat(AttentionQueries.inWords("no complaint 42", null)).isEqualTo("no complaint 42");
    }

    private static ProcessTasks processTasks() {
        ProcessTasks tasks = new ProcessTasks();
        tasks.taskService = taskService;
        tasks.runtimeService = runtimeService;
        tasks.managementService = managementService;
        // as the desk does at start: the packaged process deployed (or found deployed), restarts start that version
        ProcessDeployer deployer = new ProcessDeployer();
        deployer.repositoryService = engine.getRepositoryService();
        deployer.extraDir = Optional.empty();
        deployer.deployAll();
        tasks.deployer = deployer;
        return tasks;
    }

    private List<NeedsAttention> check() throws SQLException {
        try (Connection connection = TestDatabase.connect(url)) {
            return AttentionQueries.all(connection);
        }
    }

    private List<String> reasons() throws SQLException {
        return check().stream().map(item -> item.number() + " " + item.reason()).toList();
    }

    private String escalated() {
        String process = start("AGENT_MISTAKE");
        complete(process, TASK_APOLOGISE_AND_RECORD, Map.of(VAR_ROUTE, Route.ESCALATE.name()));
        return process;
    }

    private String start(String category) {
        int id = sequence.incrementAndGet();
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_COMPLAINT_ID, (long) id);
        variables.put(VAR_CATEGORY, category);
        variables.put(VAR_LOGGING_AGENT, "agent-1007");
        variables.put(VAR_TEAM, "TEAM-A");
        variables.put(VAR_REPLY_DEADLINE, Date.from(NOW.plus(Duration.ofHours(2))));
        variables.put(VAR_REPLY_WARNING_AT, Date.from(NOW.plus(Duration.ofMinutes(90))));
        return runtimeService.startProcessInstanceByKey(KEY, "C-" + id, variables).getId();
    }

    /** The complaint row of a process instance, with the given status and level; returns its number. */
    private String complaint(String status, int level, String processInstanceId) {
        String number = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getBusinessKey();
        long id = ((Number) runtimeService.getVariable(processInstanceId, VAR_COMPLAINT_ID)).longValue();
        TestDatabase.execute(url, "insert into complaint (id, number, received_at, channel, customer_surname, contact_phone,"
                + " category, complexity, customer_account, logging_agent, status, escalation_level, process_instance_id, version)"
                + " values (?, ?, now(), 'PHONE', 'Wang', '13800138000', 'BILLING', 'SIMPLE', 'charged twice', 'agent-1007', ?, ?, ?, 0)",
                id, number, status, level, processInstanceId);
        return number;
    }

    private void complete(String process, String taskKey, Map<String, Object> variables) {
        taskService.complete(taskService.createTaskQuery().processInstanceId(process).taskDefinitionKey(taskKey).singleResult().getId(),
                variables);
    }

    private void rate(String process, int rating) {
        runtimeService.trigger(runtimeService.createExecutionQuery().processInstanceId(process).activityId(WAIT_SATISFACTION_RATING)
                .singleResult().getId(), Map.of(VAR_RATING, rating));
    }
}
