package org.complaintdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.complaintdesk.workflow.ComplaintProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BoundaryEvent;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.TimerEventDefinition;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.runtime.Execution;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs every path of {@value ComplaintProcess#RESOURCE} on an in-memory engine whose bean
 * {@value ComplaintProcess#HOOKS_BEAN} is a {@link RecordingProcessHooks}. Timers are driven by
 * moving the engine clock and executing the due timer job; nothing sleeps.
 */
class ComplaintHandlingProcessTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2025-03-03T01:00:00Z");
    private static final String AGENT = "agent-1007";
    private static final Duration REMINDER_CYCLE = Duration.ofMinutes(30);
    private static final Duration LEAD_CONTACT_WINDOW = Duration.ofMinutes(30);
    private static final Duration ESCALATION_WINDOW = Duration.ofHours(2);

    private static final DefaultClockImpl clock = new DefaultClockImpl();
    private static final RecordingProcessHooks hooks = new RecordingProcessHooks(clock);
    private static final AtomicInteger complaintSequence = new AtomicInteger();
    private static ProcessEngine engine;
    private static RuntimeService runtimeService;
    private static TaskService taskService;
    private static HistoryService historyService;
    private static ManagementService managementService;

    private String complaintNumber;

    @BeforeAll
    static void startEngine() {
        engine = ProcessTestEngine.onPostgres("process_complaint_handling", clock, Map.of(HOOKS_BEAN, hooks)).buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource(RESOURCE).deploy();
        runtimeService = engine.getRuntimeService();
        taskService = engine.getTaskService();
        historyService = engine.getHistoryService();
        managementService = engine.getManagementService();
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void resetClockAndRecord() {
        clock.setCurrentTime(Date.from(MONDAY_MORNING));
        hooks.clear();
    }

    @AfterEach
    void deleteRunningComplaints() {
        runtimeService.createProcessInstanceQuery().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test over"));
    }

    // ---------------------------------------------------------------- intake

    @Test
    void harassmentIsReportedToTheTeamLeadAndClosed() {
        String id = start("HARASSMENT");

        assertThat(hooks.calls(complaintNumber)).containsExactly("raiseAlert(HARASSMENT_REPORTED)", "close(HARASSMENT)");
        assertEndedAt(id, "end_harassmentClosed");
    }

    @Test
    void suggestionIsThankedForwardedAndClosed() {
        String id = start("SUGGESTION");

        assertThat(task(id, TASK_FORWARD_SUGGESTION).getAssignee()).isEqualTo(AGENT);
        assertThat(hooks.calls(complaintNumber)).isEmpty();
        complete(id, TASK_FORWARD_SUGGESTION, Map.of());

        assertThat(hooks.calls(complaintNumber)).containsExactly("close(SUGGESTION)");
        assertEndedAt(id, "end_suggestionForwarded");
    }

    @ParameterizedTest(name = "rating {0}")
    @ValueSource(ints = {1, 2})
    void resolvedOnTheSpotThenRatedSatisfied(int rating) {
        String id = start("AGENT_MISTAKE");
        assertThat(task(id, TASK_APOLOGISE_AND_RECORD).getAssignee()).isEqualTo(AGENT);
        apologise(id, Route.RESOLVED.name());

        assertThat(hooks.calls(complaintNumber)).containsExactly("close(RESOLVED_ON_SPOT)");
        assertWaitingForRating(id);
        rate(id, rating);

        assertThat(hooks.calls(complaintNumber)).containsExactly("close(RESOLVED_ON_SPOT)");
        assertEndedAt(id, "end_rated");
        assertThat(visited(id)).doesNotContain(TASK_REPLY, TASK_TEAM_LEAD_HANDLE, "service_reopen");
    }

    // ---------------------------------------------------------------- the reply deadline

    @Test
    void replyInTimeClosesWithoutWarningOrEscalation() {
        String id = start("AGENT_MISTAKE");
        // the reply deadline runs from intake: the apology step is due by it too, so the agent's list sorts it
        assertThat(task(id, TASK_APOLOGISE_AND_RECORD).getDueDate()).isEqualTo(variable(id, VAR_REPLY_DEADLINE));
        apologise(id, Route.NEEDS_REPLY.name());
        Task reply = task(id, TASK_REPLY);
        assertThat(reply.getAssignee()).isEqualTo(AGENT);
        assertThat(reply.getDueDate()).isEqualTo(variable(id, VAR_REPLY_DEADLINE));
        assertThat(timerIds(id)).containsExactlyInAnyOrder("timer_replyWarning", "timer_replyOverdue");

        advance(Duration.ofMinutes(45));
        complete(id, TASK_REPLY, Map.of());

        assertThat(hooks.calls(complaintNumber)).containsExactly("close(REPLIED)");
        assertThat(timerIds(id)).containsExactly("timer_ratingTimeout");
        assertWaitingForRating(id);
    }

    @Test
    void warningFiresOnceAtTheWarningTimeAndTheReplyTaskStays() {
        String id = start("AGENT_MISTAKE");
        apologise(id, Route.NEEDS_REPLY.name());
        String replyTaskId = task(id, TASK_REPLY).getId();
        Date warningAt = variable(id, VAR_REPLY_WARNING_AT);

        setClock(Date.from(warningAt.toInstant().minusSeconds(60)));
        assertNothingDue(id);
        setClock(warningAt);
        fireTimer(id, "timer_replyWarning");

        assertThat(hooks.calls(complaintNumber)).containsExactly("raiseAlert(REPLY_WARNING)");
        assertThat(task(id, TASK_REPLY).getId()).isEqualTo(replyTaskId);
        assertThat(timerIds(id)).containsExactly("timer_replyOverdue");
        assertNothingDue(id);
        assertThat(visited(id)).containsOnlyOnce("end_warningRaised");
    }

    @Test
    void aPausedReplyClockFiresNothingAndItsTimersMoveByThePauseOnResume() {
        ProcessTasks tasks = new ProcessTasks();
        tasks.runtimeService = runtimeService;
        tasks.taskService = taskService;
        tasks.managementService = managementService;
        String id = start("AGENT_MISTAKE");
        apologise(id, Route.NEEDS_REPLY.name());
        Instant deadline = variable(id, VAR_REPLY_DEADLINE).toInstant();
        Instant warningAt = variable(id, VAR_REPLY_WARNING_AT).toInstant();

        advance(Duration.ofMinutes(10));
        Instant pausedAt = now().toInstant();
        tasks.suspend(id);
        setClock(Date.from(deadline.plus(Duration.ofHours(1))));
        assertNothingDue(id);
        assertThat(managementService.createSuspendedJobQuery().processInstanceId(id).count()).as("the reply timers wait").isEqualTo(2);
        assertThatThrownBy(() -> taskService.complete(task(id, TASK_REPLY).getId())).as("no step while paused")
                .isInstanceOf(org.flowable.common.engine.api.FlowableException.class);

        // round the clock: the deadline and the warning move by the whole pause, as PauseLedger moves them
        Duration paused = Duration.between(pausedAt, now().toInstant());
        tasks.activate(id);
        tasks.moveReplyDeadline(id, warningAt.plus(paused), deadline.plus(paused));
        assertThat(hooks.calls(complaintNumber)).isEmpty();
        assertNothingDue(id);
        setClock(Date.from(warningAt.plus(paused)));
        fireTimer(id, "timer_replyWarning");
        setClock(Date.from(deadline.plus(paused).minusSeconds(60)));
        assertNothingDue(id);
        setClock(Date.from(deadline.plus(paused)));
        fireTimer(id, "timer_replyOverdue");
        assertThat(hooks.calls(complaintNumber)).containsExactly("raiseAlert(REPLY_WARNING)", "escalate(REPLY_OVERDUE)");
    }

    @Test
    void overdueReplyEndsTheReplyTaskAndGoesToTheTeamLead() {
        String id = start("AGENT_MISTAKE");
        apologise(id, Route.NEEDS_REPLY.name());
        Date deadline = variable(id, VAR_REPLY_DEADLINE);
        setClock(variable(id, VAR_REPLY_WARNING_AT));
        fireTimer(id, "timer_replyWarning");

        setClock(Date.from(deadline.toInstant().minusSeconds(60)));
        assertNothingDue(id);
        setClock(deadline);
        fireTimer(id, "timer_replyOverdue");

        assertThat(taskKeys(id)).containsExactly(TASK_TEAM_LEAD_HANDLE);
        assertThat(hooks.calls(complaintNumber))
                .containsExactly("raiseAlert(REPLY_WARNING)", "escalate(REPLY_OVERDUE)");
        assertLeadTask(id, ESCALATION_WINDOW);
        assertThat(timerIds(id)).containsExactlyInAnyOrder("timer_leadOverdue", "timer_leadReminder");
    }

    @Test
    void aComplaintNotYetRecordedIsWarnedAndAtItsDeadlineGoesToTheTeamLead() {
        String id = start("AGENT_MISTAKE");
        assertThat(timerIds(id)).containsExactlyInAnyOrder("timer_recordWarning", "timer_recordOverdue");

        setClock(variable(id, VAR_REPLY_WARNING_AT));
        fireTimer(id, "timer_recordWarning");
        assertThat(taskKeys(id)).containsExactly(TASK_APOLOGISE_AND_RECORD);
        assertThat(hooks.calls(complaintNumber)).containsExactly("raiseAlert(REPLY_WARNING)");

        setClock(variable(id, VAR_REPLY_DEADLINE));
        fireTimer(id, "timer_recordOverdue");

        assertThat(taskKeys(id)).containsExactly(TASK_TEAM_LEAD_HANDLE);
        assertThat(hooks.calls(complaintNumber))
                .containsExactly("raiseAlert(REPLY_WARNING)", "escalate(REPLY_OVERDUE)");
        assertLeadTask(id, ESCALATION_WINDOW);
    }

    @Test
    void recordingInTimeEndsTheIntakeTimers() {
        String id = start("AGENT_MISTAKE");
        apologise(id, Route.NEEDS_REPLY.name());
        assertThat(timerIds(id)).containsExactlyInAnyOrder("timer_replyWarning", "timer_replyOverdue");
        assertThat(hooks.calls(complaintNumber)).isEmpty();
    }

    // ---------------------------------------------------------------- escalation

    @Test
    void apologyNotAcceptedEscalatesToTheTeamLeadAtOnce() {
        String id = startEscalated();

        assertThat(hooks.calls(complaintNumber)).containsExactly("escalate(IMMEDIATE)");
        assertLeadTask(id, LEAD_CONTACT_WINDOW);
        assertThat(visited(id)).doesNotContain(TASK_REPLY);
    }

    @Test
    void teamLeadIsRemindedOnEveryCycle() {
        String id = startOverdueAtTheLead();
        String leadTaskId = task(id, TASK_TEAM_LEAD_HANDLE).getId();

        for (int firing = 1; firing <= 3; firing++) {
            advance(REMINDER_CYCLE.minusMinutes(1));
            assertTimerNotDue(id, "timer_leadReminder");
            advance(Duration.ofMinutes(1));
            fireTimer(id, "timer_leadReminder");
            assertThat(hooks.calls(complaintNumber)).filteredOn("remind(TEAM_LEAD)"::equals).hasSize(firing);
        }

        assertThat(task(id, TASK_TEAM_LEAD_HANDLE).getId()).isEqualTo(leadTaskId);
        assertTimerNotDue(id, "timer_leadOverdue");
    }

    @Test
    void overdueTeamLeadGoesToTheSupervisorWhoIsReminded() {
        String id = startEscalated();
        escalateToSupervisor(id);

        assertThat(hooks.calls(complaintNumber))
                .containsExactly("escalate(IMMEDIATE)", "escalate(LEAD_OVERDUE)");
        assertThat(taskKeys(id)).containsExactly(TASK_SUPERVISOR_HANDLE);
        Task supervisorTask = task(id, TASK_SUPERVISOR_HANDLE);
        assertThat(candidateGroups(supervisorTask)).containsExactly(GROUP_SUPERVISOR);
        assertThat(supervisorTask.getDueDate()).isEqualTo(variable(id, VAR_ESCALATION_DEADLINE));
        assertThat(timerIds(id)).containsExactly("timer_supervisorReminder");

        advance(REMINDER_CYCLE);
        fireTimer(id, "timer_supervisorReminder");

        assertThat(hooks.calls(complaintNumber)).endsWith("remind(SUPERVISOR)");
        assertThat(task(id, TASK_SUPERVISOR_HANDLE).getId()).isEqualTo(supervisorTask.getId());
    }

    @Test
    void supervisorReplies() {
        String id = startEscalated();
        escalateToSupervisor(id);

        complete(id, TASK_SUPERVISOR_HANDLE, Map.of(VAR_DECISION, Decision.REPLIED.name()));

        assertThat(hooks.calls(complaintNumber)).endsWith("escalate(LEAD_OVERDUE)", "close(REPLIED)");
        assertWaitingForRating(id);
    }

    @Test
    void supervisorHandsBackAndTheAgentRepliesAsInstructed() {
        String id = startEscalated();
        escalateToSupervisor(id);

        complete(id, TASK_SUPERVISOR_HANDLE, Map.of(VAR_DECISION, Decision.HAND_BACK.name()));
        assertThat(task(id, TASK_REPLY_AS_INSTRUCTED).getAssignee()).isEqualTo(AGENT);
        complete(id, TASK_REPLY_AS_INSTRUCTED, Map.of());

        assertThat(hooks.calls(complaintNumber)).endsWith("escalate(LEAD_OVERDUE)", "close(REPLIED)");
        assertWaitingForRating(id);
    }

    @Test
    void teamLeadReplies() {
        String id = startEscalated();

        complete(id, TASK_TEAM_LEAD_HANDLE, Map.of(VAR_DECISION, Decision.REPLIED.name()));

        assertThat(hooks.calls(complaintNumber)).containsExactly("escalate(IMMEDIATE)", "close(REPLIED)");
        assertThat(timerIds(id)).containsExactly("timer_ratingTimeout");
        assertWaitingForRating(id);
    }

    @Test
    void teamLeadHandsBackAndTheRemindedAgentRepliesAsInstructed() {
        String id = startEscalated();
        complete(id, TASK_TEAM_LEAD_HANDLE, Map.of(VAR_DECISION, Decision.HAND_BACK.name()));
        assertThat(task(id, TASK_REPLY_AS_INSTRUCTED).getAssignee()).isEqualTo(AGENT);

        advance(REMINDER_CYCLE);
        fireTimer(id, "timer_instructedReminder");
        assertThat(hooks.calls(complaintNumber)).containsExactly("escalate(IMMEDIATE)", "remind(AGENT)");
        complete(id, TASK_REPLY_AS_INSTRUCTED, Map.of());

        assertThat(hooks.calls(complaintNumber)).endsWith("remind(AGENT)", "close(REPLIED)");
        assertThat(timerIds(id)).containsExactly("timer_ratingTimeout");
        assertWaitingForRating(id);
    }

    // ---------------------------------------------------------------- reminders end with the step they remind about

    @Test
    void leadRemindersStopWhenTheSupervisorTakesOver() {
        String id = startOverdueAtTheLead();
        advance(REMINDER_CYCLE);
        fireTimer(id, "timer_leadReminder");
        escalateToSupervisor(id);

        assertThat(timerIds(id)).containsExactly("timer_supervisorReminder");
        runTimersFor(id, Duration.ofHours(3));
        assertThat(hooks.calls(complaintNumber)).containsOnlyOnce("remind(TEAM_LEAD)");
        assertThat(callsAfter("escalate(LEAD_OVERDUE)")).hasSize(6).containsOnly("remind(SUPERVISOR)");
    }

    @Test
    void remindersStopWhenTheTeamLeadReplies() {
        String id = startOverdueAtTheLead();
        advance(REMINDER_CYCLE);
        fireTimer(id, "timer_leadReminder");
        complete(id, TASK_TEAM_LEAD_HANDLE, Map.of(VAR_DECISION, Decision.REPLIED.name()));

        assertThat(timerIds(id)).containsExactly("timer_ratingTimeout");
        runTimersFor(id, Duration.ofHours(24));
        assertThat(hooks.calls(complaintNumber)).containsExactly("remind(TEAM_LEAD)", "close(REPLIED)");
    }

    @Test
    void leadRemindersStopWhenTheLeadHandsBackAndTheAgentIsRemindedInstead() {
        String id = startOverdueAtTheLead();
        complete(id, TASK_TEAM_LEAD_HANDLE, Map.of(VAR_DECISION, Decision.HAND_BACK.name()));

        assertThat(timerIds(id)).containsExactly("timer_instructedReminder");
        runTimersFor(id, Duration.ofHours(1));
        assertThat(hooks.calls(complaintNumber)).containsExactly("remind(AGENT)", "remind(AGENT)");
    }

    @Test
    void remindersFollowAComplaintMovedToAnotherStep() {
        String id = startOverdueAtTheLead();
        // an administrator's repair moves the process itself, never only the record
        runtimeService.createChangeActivityStateBuilder().processInstanceId(id)
                .moveActivityIdTo(TASK_TEAM_LEAD_HANDLE, TASK_REPLY_AS_INSTRUCTED).changeState();

        assertThat(timerIds(id)).containsExactly("timer_instructedReminder");
        runTimersFor(id, Duration.ofHours(3));
        assertThat(hooks.calls(complaintNumber)).hasSize(6).containsOnly("remind(AGENT)");
    }

    @Test
    void aProcessVersionDeployedBeforeTheEnumsStillRuns() {
        String tenant = "before-enums";
        engine.getRepositoryService().createDeployment().tenantId(tenant)
                .addClasspathResource("org/complaintdesk/workflow/complaint-handling-before-enums.bpmn20.xml").deploy();
        Map<String, Object> variables = variables("AGENT_MISTAKE");
        String id = runtimeService.startProcessInstanceByKeyAndTenantId(KEY, complaintNumber, variables, tenant).getId();
        apologise(id, Route.ESCALATE.name());
        advance(REMINDER_CYCLE);
        fireTimer(id, "timer_leadReminder");
        complete(id, TASK_TEAM_LEAD_HANDLE, Map.of(VAR_DECISION, Decision.REPLIED.name()));

        assertThat(hooks.calls(complaintNumber)).containsExactly("escalate(IMMEDIATE)", "raiseAlert(REMINDER)", "close(REPLIED)");
        assertWaitingForRating(id);
    }

    // ---------------------------------------------------------------- the rating

    @Test
    void ratingThreeAsksTheTeamLeadToReviewTheAgentsAttitude() {
        String id = start("AGENT_ATTITUDE");
        apologise(id, Route.RESOLVED.name());
        rate(id, 3);

        Task review = task(id, TASK_QUALITY_REVIEW);
        assertThat(candidateGroups(review)).containsExactly(GROUP_TEAM_LEAD);
        complete(id, TASK_QUALITY_REVIEW, Map.of());

        assertThat(hooks.calls(complaintNumber)).containsExactly("close(RESOLVED_ON_SPOT)", "raiseAlert(QUALITY_REVIEW)");
        assertEndedAt(id, "end_qualityReviewed");
    }

    @Test
    void ratingFourReopensAndEscalatesToTheTeamLead() {
        String id = start("AGENT_MISTAKE");
        apologise(id, Route.NEEDS_REPLY.name());
        complete(id, TASK_REPLY, Map.of());
        advance(Duration.ofHours(5));
        rate(id, 4);

        assertThat(hooks.calls(complaintNumber))
                .containsExactly("close(REPLIED)", "reopen()", "escalate(REOPENED)");
        assertThat(variable(id, VAR_REPLY_DEADLINE)).isEqualTo(Date.from(now().toInstant().plus(Duration.ofHours(2))));
        assertLeadTask(id, Duration.ofHours(2));

        complete(id, TASK_TEAM_LEAD_HANDLE, Map.of(VAR_DECISION, Decision.REPLIED.name()));
        rate(id, 1);
        assertThat(hooks.calls(complaintNumber)).endsWith("escalate(REOPENED)", "close(REPLIED)");
        assertEndedAt(id, "end_rated");
    }

    @Test
    void noRatingWithinTheWaitEndsTheComplaint() {
        String id = start("AGENT_MISTAKE");
        apologise(id, Route.RESOLVED.name());
        Duration ratingWait = Duration.parse(hooks.ratingWait());

        advance(ratingWait.minusMinutes(1));
        assertNothingDue(id);
        advance(Duration.ofMinutes(1));
        fireTimer(id, "timer_ratingTimeout");

        assertThat(hooks.calls(complaintNumber)).containsExactly("close(RESOLVED_ON_SPOT)", "ratingWaitEnded()");
        assertEndedAt(id, "end_noRating");
    }

    // ---------------------------------------------------------------- the file itself

    @Test
    void everyElementIsNamedAndDrawn() {
        ClassLoader classLoader = getClass().getClassLoader();
        BpmnModel model = new BpmnXMLConverter().convertToBpmnModel(() -> classLoader.getResourceAsStream(RESOURCE), true, false);
        Process process = model.getProcessById(KEY);
        assertThat(process.getName()).isEqualTo("Complaint handling");
        assertThat(process.isExecutable()).isTrue();
        assertThat(List.of(TASK_APOLOGISE_AND_RECORD, TASK_FORWARD_SUGGESTION, TASK_REPLY, TASK_TEAM_LEAD_HANDLE,
                TASK_SUPERVISOR_HANDLE, TASK_REPLY_AS_INSTRUCTED, TASK_QUALITY_REVIEW, WAIT_SATISFACTION_RATING))
                .allSatisfy(key -> assertThat(process.getFlowElement(key)).as(key).isNotNull());

        List<FlowNode> nodes = process.findFlowElementsOfType(FlowNode.class);
        assertThat(nodes).allSatisfy(node -> {
            assertThat(node.getId()).matches("(startEvent|task|service|gateway|timer|end|receive)_[A-Za-z]+");
            assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
            assertThat(model.getGraphicInfo(node.getId())).as("shape of %s", node.getId()).isNotNull();
        });
        assertThat(process.findFlowElementsOfType(SequenceFlow.class)).allSatisfy(flow -> {
            assertThat(flow.getId()).matches("flow_[A-Za-z]+");
            assertThat(model.getFlowLocationGraphicInfo(flow.getId())).as("edge of %s", flow.getId()).hasSizeGreaterThan(1);
        });
        assertThat(process.findFlowElementsOfType(ExclusiveGateway.class)).allSatisfy(gateway ->
                assertThat(gateway.getOutgoingFlows()).allSatisfy(flow -> {
                    assertThat(flow.getName()).as("name of %s", flow.getId()).isNotBlank();
                    assertThat(flow.getId().equals(gateway.getDefaultFlow()) || flow.getConditionExpression() != null)
                            .as("%s has a condition or is the default", flow.getId()).isTrue();
                }));
        assertThat(process.findFlowElementsOfType(BoundaryEvent.class)).allSatisfy(boundary -> {
            TimerEventDefinition timer = (TimerEventDefinition) boundary.getEventDefinitions().get(0);
            String when = List.of(nullToEmpty(timer.getTimeDate()), nullToEmpty(timer.getTimeCycle()),
                    nullToEmpty(timer.getTimeDuration())).stream().filter(text -> !text.isEmpty()).findFirst().orElse("");
            assertThat(when).as("timer of %s comes from a variable or the bean", boundary.getId()).matches("\\$\\{[^}]+}");
        });
        assertShapesDoNotOverlap(model, nodes);
    }

    private static void assertShapesDoNotOverlap(BpmnModel model, List<FlowNode> nodes) {
        for (FlowNode a : nodes) {
            for (FlowNode b : nodes) {
                if (a != b && !attached(a, b) && !attached(b, a)) {
                    GraphicInfo x = model.getGraphicInfo(a.getId());
                    GraphicInfo y = model.getGraphicInfo(b.getId());
                    boolean overlap = x.getX() < y.getX() + y.getWidth() && y.getX() < x.getX() + x.getWidth()
                            && x.getY() < y.getY() + y.getHeight() && y.getY() < x.getY() + x.getHeight();
                    assertThat(overlap).as("%s overlaps %s", a.getId(), b.getId()).isFalse();
                }
            }
        }
    }

    private static boolean attached(FlowNode boundary, FlowNode host) {
        return boundary instanceof BoundaryEvent event && event.getAttachedToRefId().equals(host.getId());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    // ---------------------------------------------------------------- the way there

    private String start(String category) {
        Map<String, Object> variables = variables(category);
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(KEY, complaintNumber, variables);
        assertThat(instance.getBusinessKey()).isEqualTo(complaintNumber);
        return instance.getId();
    }

    /** The variables intake sets, for a new complaint number. */
    private Map<String, Object> variables(String category) {
        complaintNumber = "C-" + complaintSequence.incrementAndGet();
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_COMPLAINT_ID, (long) complaintSequence.get());
        variables.put(VAR_CATEGORY, category);
        variables.put(VAR_LOGGING_AGENT, AGENT);
        variables.put(VAR_TEAM, "TEAM-A");
        variables.put(VAR_REPLY_DEADLINE, Date.from(now().toInstant().plus(Duration.ofHours(2))));
        variables.put(VAR_REPLY_WARNING_AT, Date.from(now().toInstant().plus(Duration.ofMinutes(90))));
        return variables;
    }

    private String startEscalated() {
        String id = start("AGENT_MISTAKE");
        apologise(id, Route.ESCALATE.name());
        return id;
    }

    private void apologise(String id, String route) {
        complete(id, TASK_APOLOGISE_AND_RECORD, Map.of(VAR_ROUTE, route));
    }

    private String startOverdueAtTheLead() {
        String id = start("AGENT_MISTAKE");
        apologise(id, Route.NEEDS_REPLY.name());
        setClock(variable(id, VAR_REPLY_DEADLINE));
        fireTimer(id, "timer_replyOverdue");
        hooks.clear();
        return id;
    }

    private void escalateToSupervisor(String id) {
        setClock(variable(id, VAR_ESCALATION_DEADLINE));
        fireTimer(id, "timer_leadOverdue");
    }

    private void rate(String id, int rating) {
        Execution waiting = runtimeService.createExecutionQuery()
                .processInstanceId(id).activityId(WAIT_SATISFACTION_RATING).singleResult();
        runtimeService.trigger(waiting.getId(), Map.of(VAR_RATING, rating));
    }

    private void complete(String id, String taskKey, Map<String, Object> variables) {
        taskService.complete(task(id, taskKey).getId(), variables);
    }

    // ---------------------------------------------------------------- the clock and the timers

    private static Date now() {
        return clock.getCurrentTime();
    }

    private static void setClock(Date time) {
        clock.setCurrentTime(time);
    }

    private static void advance(Duration duration) {
        setClock(Date.from(now().toInstant().plus(duration)));
    }

    /** Moves the clock on a reminder cycle at a time and executes every timer of the complaint that falls due. */
    private static void runTimersFor(String id, Duration span) {
        Instant end = now().toInstant().plus(span);
        while (now().toInstant().isBefore(end)) {
            advance(REMINDER_CYCLE);
            for (Job due = nextDue(id); due != null; due = nextDue(id)) {
                managementService.executeJob(managementService.moveTimerToExecutableJob(due.getId()).getId());
            }
        }
    }

    private static Job nextDue(String id) {
        return managementService.createTimerJobQuery().processInstanceId(id).executable().list().stream().findFirst().orElse(null);
    }

    /** The calls made for the complaint after the given one. */
    private List<String> callsAfter(String call) {
        List<String> calls = hooks.calls(complaintNumber);
        assertThat(calls).contains(call);
        return calls.subList(calls.indexOf(call) + 1, calls.size());
    }

    /** Executes the one timer of the given boundary event, after checking that the clock has reached it. */
    private static void fireTimer(String id, String timerId) {
        Job timer = timer(id, timerId);
        assertThat(timer).as("timer %s", timerId).isNotNull();
        assertThat(timer.getDuedate()).as("due date of %s", timerId).isBeforeOrEqualTo(now());
        Job executable = managementService.moveTimerToExecutableJob(timer.getId());
        managementService.executeJob(executable.getId());
    }

    private static void assertTimerNotDue(String id, String timerId) {
        assertThat(timer(id, timerId).getDuedate()).as("due date of %s", timerId).isAfter(now());
    }

    private static void assertNothingDue(String id) {
        assertThat(managementService.createTimerJobQuery().processInstanceId(id).executable().list()).isEmpty();
    }

    private static Job timer(String id, String timerId) {
        return managementService.createTimerJobQuery().processInstanceId(id).elementId(timerId).singleResult();
    }

    private static List<String> timerIds(String id) {
        return managementService.createTimerJobQuery().processInstanceId(id).list().stream()
                .map(Job::getElementId).toList();
    }

    // ---------------------------------------------------------------- what the engine holds

    private static Task task(String id, String taskKey) {
        Task task = taskService.createTaskQuery().processInstanceId(id).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as("open task %s", taskKey).isNotNull();
        return task;
    }

    private static List<String> taskKeys(String id) {
        return taskService.createTaskQuery().processInstanceId(id).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
    }

    private static List<String> candidateGroups(Task task) {
        return taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).toList();
    }

    private static Date variable(String id, String name) {
        return (Date) runtimeService.getVariable(id, name);
    }

    private static List<String> visited(String id) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(id).list().stream()
                .map(HistoricActivityInstance::getActivityId).toList();
    }

    /** The team lead holds the complaint and must act within the given window from now. */
    private void assertLeadTask(String id, Duration actWithin) {
        Task lead = task(id, TASK_TEAM_LEAD_HANDLE);
        assertThat(candidateGroups(lead)).containsExactly(GROUP_TEAM_LEAD);
        Date escalationDeadline = variable(id, VAR_ESCALATION_DEADLINE);
        assertThat(escalationDeadline).isEqualTo(Date.from(now().toInstant().plus(actWithin)));
        assertThat(lead.getDueDate()).isEqualTo(escalationDeadline);
        assertThat(timer(id, "timer_leadOverdue").getDuedate()).isEqualTo(escalationDeadline);
    }

    private static void assertWaitingForRating(String id) {
        assertThat(runtimeService.createExecutionQuery().processInstanceId(id)
                .activityId(WAIT_SATISFACTION_RATING).count()).isEqualTo(1);
        assertThat(taskKeys(id)).isEmpty();
    }

    private static void assertEndedAt(String id, String endEventId) {
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult()
                .getEndActivityId()).isEqualTo(endEventId);
    }
}
