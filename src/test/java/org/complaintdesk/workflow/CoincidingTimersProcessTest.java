package org.complaintdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.workflow.ComplaintProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.complaintdesk.complaint.EscalationReason;
import org.complaintdesk.it.support.TestDatabase;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two timers of one complaint due at the same clock instant, executed concurrently by the engine's own job executor
 * on PostgreSQL: the team lead's deadline and a reminder (the default windows make them coincide: lead contact 30 min,
 * reminder every 30 min). Whichever runs first wins; the other runs against the new state or is discarded. Every
 * complaint ends with exactly one open task, at the supervisor, escalated exactly once.
 */
class CoincidingTimersProcessTest {

    private static final Instant MONDAY_MORNING = Instant.parse("2025-03-03T01:00:00Z");
    private static final Duration WINDOW = Duration.ofMinutes(30);
    private static final int COMPLAINTS = 40;

    private static final DefaultClockImpl clock = new DefaultClockImpl();
    private static final RecordingProcessHooks hooks = new RecordingProcessHooks(clock);
    private static ProcessEngine engine;
    private static ProcessEngineConfigurationImpl configuration;

    @BeforeAll
    static void startEngine() {
        configuration = ProcessTestEngine.onPostgres("process_coinciding_timers", clock, Map.of(HOOKS_BEAN, hooks));
        // every due timer in one acquisition, several executor threads: the two timers of a complaint really meet
        ProcessTestEngine.withDeskJobExecutor(configuration, new JobExecutorSizing(8, 256, COMPLAINTS * 2, COMPLAINTS * 2));
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource(RESOURCE).deploy();
        hooks.setWindows(new EscalationReason.Windows(WINDOW, Duration.ofHours(2)));
        hooks.setReminderCycle("R/" + WINDOW);
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @Test
    void leadDeadlineAndReminderDueTogetherEscalateEachComplaintOnce() {
        clock.setCurrentTime(Date.from(MONDAY_MORNING));
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= COMPLAINTS; i++) {
            numbers.add("C-" + i);
            ProcessTestEngine.startEscalatedToLead(engine, "C-" + i, MONDAY_MORNING);
        }
        assertThat(engine.getManagementService().createTimerJobQuery().count()).as("deadline + reminder each").isEqualTo(2L * COMPLAINTS);

        clock.setCurrentTime(Date.from(MONDAY_MORNING.plus(WINDOW).plusSeconds(1)));
        ProcessTestEngine.runDueJobs(configuration);

        assertThat(engine.getManagementService().createDeadLetterJobQuery().count()).as("dead-letter jobs").isZero();
        assertThat(engine.getManagementService().createJobQuery().withException().count()).as("failing jobs").isZero();
        // a reminder removed by the deadline after it was taken must not leave its complaint locked for the next timer
        assertThat(TestDatabase.count(configuration.getJdbcUrl(), "select count(*) from act_ru_execution where lock_owner_ is not null"))
                .as("complaints left locked").isZero();
        for (String number : numbers) {
            List<Task> open = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number).list();
            assertThat(open).as("open tasks of " + number).extracting(Task::getTaskDefinitionKey)
                    .containsExactly(TASK_SUPERVISOR_HANDLE);
            assertThat(hooks.calls(number)).as("calls for " + number)
                    .containsOnlyOnce("escalate(LEAD_OVERDUE)")
                    .filteredOn(call -> call.startsWith("escalate")).hasSize(2);
            // a reminder that ran after the deadline would remind a lead who no longer holds the complaint
            assertThat(hooks.calls(number).indexOf("remind(TEAM_LEAD)"))
                    .isLessThan(hooks.calls(number).indexOf("escalate(LEAD_OVERDUE)"));
        }

        // the supervisor's own reminders start with the supervisor's step, whichever of the two timers ran first
        clock.setCurrentTime(Date.from(MONDAY_MORNING.plus(WINDOW.multipliedBy(2)).plusSeconds(2)));
        ProcessTestEngine.runDueJobs(configuration);
        for (String number : numbers) {
            assertThat(hooks.calls(number)).as("calls for " + number).containsOnlyOnce("remind(SUPERVISOR)");
        }
    }
}
