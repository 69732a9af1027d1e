package org.complaintdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.test.JobTestHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A timer whose work keeps failing reaches the log once per failure, with the complaint's number: a warning while it
 * has retries left, one severe line when it becomes a dead-letter job, and nothing from the engine's own command
 * logging besides (it arrives through SLF4J's java.util.logging provider, as on the desk).
 */
class JobFailureLoggingTest {

    private static final Instant NOW = Instant.parse("2025-03-03T01:00:00Z");
    /** A timer, then a service task calling a bean: {@code %1$s} is the process key, {@code %2$s} the bean. */
    private static final String TIMER_THEN_BEAN = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="test"
                         xmlns:flowable="http://flowable.org/bpmn">
              <process id="%1$s" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="toWait" sourceRef="start" targetRef="wait"/>
                <intermediateCatchEvent id="wait">
                  <timerEventDefinition><timeDuration>PT1M</timeDuration></timerEventDefinition>
                </intermediateCatchEvent>
                <sequenceFlow id="toFail" sourceRef="wait" targetRef="fail"/>
                <serviceTask id="fail" flowable:delegateExpression="${%2$s}"/>
                <sequenceFlow id="toEnd" sourceRef="fail" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>""";

    /** A hook whose work always fails, as a bug or an unreachable mail server would make it. */
    public static class Broken implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new IllegalStateException("the alert could not be raised");
        }
    }

    /** A hook whose first attempt PostgreSQL aborted as a deadlock's victim: a lost race, not an error. */
    public static class DeadlockedOnce implements JavaDelegate {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public void execute(DelegateExecution execution) {
            if (calls.incrementAndGet() == 1) {
                throw new FlowableException("could not update act_ru_execution",
                        new PersistenceException(new SQLException("ERROR: deadlock detected", "40P01")));
            }
        }
    }

    /** A hook PostgreSQL aborts as a deadlock's victim every time: a race lost again and again. */
    public static class AlwaysDeadlocked implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            throw new FlowableException("could not update act_ru_execution",
                    new PersistenceException(new SQLException("ERROR: deadlock detected", "40P01")));
        }
    }

    private final DeadlockedOnce deadlockedOnce = new DeadlockedOnce();
    private final DefaultClockImpl clock = new DefaultClockImpl();
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public synchronized void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue() && record.getLoggerName() != null
                    && (record.getLoggerName().startsWith("org.flowable") || record.getLoggerName().startsWith("org.complaintdesk"))) {
                records.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        ProcessEngineConfigurationImpl configuration = ProcessTestEngine.onPostgres("process_failing_job", clock, Map.of("broken", new Broken(), "deadlockedOnce", deadlockedOnce,
                "alwaysDeadlocked", new AlwaysDeadlocked()));
        configuration.setAsyncFailedJobWaitTime(0);
        configuration.setDefaultFailedJobWaitTime(0);
        JobFailureHandler.install(configuration);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment()
                .addString("failing-timer.bpmn20.xml", TIMER_THEN_BEAN.formatted("failingTimer", "broken"))
                .addString("deadlocked-timer.bpmn20.xml", TIMER_THEN_BEAN.formatted("deadlockedTimer", "deadlockedOnce"))
                .addString("always-deadlocked-timer.bpmn20.xml", TIMER_THEN_BEAN.formatted("alwaysDeadlockedTimer", "alwaysDeadlocked"))
                .deploy();
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopEngine() {
        Logger.getLogger("").removeHandler(capture);
        engine.close();
    }

    @Test
    void eachFailureIsOneLineWithTheComplaintNumberAndTheLastOneIsSevere() {
        clock.setCurrentTime(Date.from(NOW));
        engine.getRuntimeService().startProcessInstanceByKey("failingTimer", "C-20250303-0042");
        clock.setCurrentTime(Date.from(NOW.plusSeconds(61)));

        JobTestHelper.waitForJobExecutorOnCondition(engine.getProcessEngineConfiguration(), 30_000, 100,
                () -> engine.getManagementService().createDeadLetterJobQuery().count() == 1);

        List<LogRecord> logged;
        synchronized (capture) {
            logged = List.copyOf(records);
        }
        assertThat(logged).as("every warning the engine and the desk logged").allSatisfy(record ->
                assertThat(record.getLoggerName()).isEqualTo(JobFailureHandler.class.getName()));
        assertThat(logged).extracting(LogRecord::getLevel).containsExactly(Level.WARNING, Level.WARNING, Level.SEVERE);
        assertThat(logged).allSatisfy(record -> assertThat(record.getMessage())
                .contains("complaint C-20250303-0042").contains("the alert could not be raised"));
    }

    @Test
    void aJobAbortedAsADeadlockVictimIsRetriedWithoutAWarning() {
        clock.setCurrentTime(Date.from(NOW));
        String process = engine.getRuntimeService().startProcessInstanceByKey("deadlockedTimer", "C-20250303-0043").getId();
        clock.setCurrentTime(Date.from(NOW.plusSeconds(61)));

        JobTestHelper.waitForJobExecutorOnCondition(engine.getProcessEngineConfiguration(), 30_000, 100,
                () -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process).count() == 0);

        assertThat(deadlockedOnce.calls).as("attempts").hasValue(2);
        synchronized (capture) {
            assertThat(records).as("warnings and errors logged").isEmpty();
        }
    }

    @Test
    void aJobThatLosesEveryRaceIsSevereWhenItBecomesADeadLetter() {
        clock.setCurrentTime(Date.from(NOW));
        engine.getRuntimeService().startProcessInstanceByKey("alwaysDeadlockedTimer", "C-20250303-0044");
        clock.setCurrentTime(Date.from(NOW.plusSeconds(61)));

        JobTestHelper.waitForJobExecutorOnCondition(engine.getProcessEngineConfiguration(), 30_000, 100,
                () -> engine.getManagementService().createDeadLetterJobQuery().count() == 1);

        synchronized (capture) {
            assertThat(records).extracting(LogRecord::getLevel).as("the lost races quiet, the dead letter not")
                    .containsExactly(Level.SEVERE);
            assertThat(records.get(0).getMessage()).contains("complaint C-20250303-0044", "dead-letter");
        }
    }
}
