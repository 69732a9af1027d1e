package org.complaintdesk.workflow;

import java.util.List;
import org.complaintdesk.platform.Conflicts;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.job.service.impl.cmd.AcquireJobsCmd;
import org.flowable.job.service.impl.cmd.AcquireTimerJobsCmd;

/**
 * Two desks' job acquisitions that take the same due jobs at once: the one that comes second loses, and Flowable
 * reports that as the race a cluster expects (an optimistic lock, logged at debug) and acquires again at its next turn.
 * But each acquisition writes its locks in the order of its own session's entity cache, so the two can lock the same
 * rows in different orders, and PostgreSQL then ends one of them as a deadlock: the same lost race, which Flowable
 * logged as a WARNING with its stack trace (seen in EscalationLadderIT's run on two desks). It is handed on as the
 * optimistic lock it amounts to. Every other failure, and every other command's, passes as it is.
 */
class AcquisitionRaces extends AbstractCommandInterceptor {

    /** Puts it ahead of the engine's own interceptors: around the command context whose flush the deadlock ends. */
    static void install(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptors(List.of(new AcquisitionRaces()));
    }

    @Override
    public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
        try {
            return next.execute(config, command, commandExecutor);
        } catch (RuntimeException failure) {
            if (isAcquisition(command) && !(failure instanceof FlowableOptimisticLockingException) && Conflicts.isLostRace(failure)) {
                throw new FlowableOptimisticLockingException("the acquisition lost a race to another desk's: "
                        + JobFailureHandler.reason(failure));
            }
            throw failure;
        }
    }

    private static boolean isAcquisition(Command<?> command) {
        return command instanceof AcquireTimerJobsCmd || command instanceof AcquireJobsCmd;
    }
}
