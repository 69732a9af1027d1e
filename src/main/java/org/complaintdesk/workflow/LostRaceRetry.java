package org.complaintdesk.workflow;

import java.util.Date;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.engine.impl.cmd.JobRetryCmd;

/**
 * Flowable's retry of a failed job (retries counted down, a dead letter at the last), but due at once rather than
 * after the engine's failed-job wait (10 s, and for a timer 10 s after its own due time). A job that lost a race to
 * another job or a person's step of its complaint has nothing to wait for: the winner has committed, and the job's
 * alert or escalation is already late by the lost attempt.
 */
class LostRaceRetry extends JobRetryCmd {

    LostRaceRetry(String jobId, Throwable exception) {
        super(jobId, exception);
    }

    @Override
    protected Date calculateDueDate(CommandContext commandContext, int waitTimeInSeconds, Date oldDate) {
        return super.calculateDueDate(commandContext, 0, null);
    }
}
