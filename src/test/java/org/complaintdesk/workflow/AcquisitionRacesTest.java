package org.complaintdesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.Map;
import org.apache.ibatis.exceptions.PersistenceException;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.impl.cfg.CommandExecutorImpl;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.common.engine.impl.util.DefaultClockImpl;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.job.service.impl.cmd.AcquireTimerJobsCmd;
import org.junit.jupiter.api.Test;

/** A job acquisition that PostgreSQL ends as a deadlock is reported as the lost race it is, and nothing else is. */
class AcquisitionRacesTest {

    /** What the engine's flush throws when PostgreSQL chose this transaction to end (SQLState 40P01). */
    private static final RuntimeException DEADLOCK = new PersistenceException("### Error updating database",
            new SQLException("ERROR: deadlock detected", "40P01"));

    @Test
    void anAcquisitionEndedAsADeadlockIsAnOptimisticLock() {
        assertThatThrownBy(() -> chainFailingWith(DEADLOCK).execute(new CommandConfig(), new AcquireTimerJobsCmd(null), null))
                .isInstanceOf(FlowableOptimisticLockingException.class).hasMessageContaining("deadlock detected");
    }

    @Test
    void anyOtherCommandsDeadlockAndAnAcquisitionsOtherFailurePassAsTheyAre() {
        Command<Void> step = context -> null;
        assertThatThrownBy(() -> chainFailingWith(DEADLOCK).execute(new CommandConfig(), step, null)).isSameAs(DEADLOCK);
        RuntimeException connectionLost = new PersistenceException("### Error querying database",
                new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertThatThrownBy(() -> chainFailingWith(connectionLost).execute(new CommandConfig(), new AcquireTimerJobsCmd(null), null))
                .isSameAs(connectionLost);
    }

    @Test
    void theEnginesJobCommandsPassThroughIt() {
        ProcessEngineConfigurationImpl configuration = ProcessTestEngine.onPostgres("process_acquisition_races", new DefaultClockImpl(), Map.of());
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            CommandExecutor jobCommands = configuration.getAsyncExecutor().getJobServiceConfiguration().getCommandExecutor();
            boolean found = false;
            for (CommandInterceptor link = ((CommandExecutorImpl) jobCommands).getFirst(); link != null; link = link.getNext()) {
                found |= link instanceof AcquisitionRaces;
            }
            assertThat(found).as("AcquisitionRaces in the job service's command chain").isTrue();
        } finally {
            engine.close();
        }
    }

    private static CommandInterceptor chainFailingWith(RuntimeException failure) {
        AcquisitionRaces races = new AcquisitionRaces();
        races.setNext(new AbstractCommandInterceptor() {
            @Override
            public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor executor) {
                throw failure;
            }
        });
        return races;
    }
}
