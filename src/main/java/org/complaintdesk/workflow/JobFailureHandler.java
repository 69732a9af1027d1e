package org.complaintdesk.workflow;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.complaintdesk.platform.Conflicts;
import org.flowable.common.engine.api.delegate.event.FlowableEngineEventType;
import org.flowable.common.engine.api.delegate.event.FlowableEventDispatcher;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;
import org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flowable.engine.impl.persistence.entity.ExecutionEntity;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.job.api.Job;
import org.flowable.job.api.JobInfo;
import org.flowable.job.service.JobServiceConfiguration;
import org.flowable.job.service.event.impl.FlowableJobEventBuilder;
import org.flowable.job.service.impl.asyncexecutor.AsyncRunnableExecutionExceptionHandler;

/**
 * What happens when a timer or async job throws: like Flowable's default handler (count down the job's retries in
 * a transaction of its own, dead-letter it at the last one, tell the event listeners), but the server log gets one
 * line per failure that names the complaint, and a job that merely lost a race to another job of the same complaint
 * (the other one committed first and removed or changed it, or the database aborted it as a deadlock's victim) is not
 * reported as an error: it is retried against the new state or, when the winner removed it, has nothing left to do.
 * Nothing leaves the job's thread: Flowable would let a failure to record the failure out of it, which the container logs
 * without the complaint.
 */
public class JobFailureHandler implements AsyncRunnableExecutionExceptionHandler {

    private static final Logger LOG = Logger.getLogger(JobFailureHandler.class.getName());
    /**
     * Flowable also logs every failed command at ERROR as "Error while closing command context"; for a job that is the
     * same failure again without the complaint, and a person's request that fails is answered and logged by the API.
     * Kept in a field: java.util.logging holds its loggers weakly and would forget the level.
     */
    private static final Logger COMMAND_CONTEXT = Logger.getLogger("org.flowable.common.engine.impl.interceptor.CommandContext");

    /** Makes this the engine's only handler of failed jobs, so that each failure is logged once. */
    public static void install(ProcessEngineConfigurationImpl configuration) {
        COMMAND_CONTEXT.setLevel(Level.OFF);
        configuration.setAddDefaultExceptionHandler(false);
        configuration.setCustomAsyncRunnableExecutionExceptionHandlers(List.of(new JobFailureHandler()));
    }

    @Override
    public boolean handleException(JobServiceConfiguration jobs, JobInfo job, Throwable exception) {
        CommandExecutor executor = jobs.getCommandExecutor();
        String complaint = complaintNumber(executor, job);
        boolean lostRace = Conflicts.isLostRace(exception);
        try {
            CommandConfig ownTransaction = executor.getDefaultConfig().transactionRequiresNew();
            executor.execute(ownTransaction, jobs.getFailedJobCommandFactory().getCommand(job.getId(), exception));
        } catch (RuntimeException notRecorded) {
            // the record lost a race too: its complaint moved on or ended meanwhile (a step or job of the same complaint
            // removed this job, or ended the execution the retry would point at), so nothing is left to retry
            if (Conflicts.isLostRace(notRecorded)) {
                LOG.fine(() -> describe(job, complaint) + " failed (" + reason(exception) + ") while another step or job changed"
                        + " or ended its complaint: nothing to retry (" + reason(notRecorded) + ")");
            } else {
                LOG.log(Level.SEVERE, describe(job, complaint) + " failed (" + reason(exception) + ") and its failure could not be"
                        + " recorded; it runs again when its lock expires: " + reason(notRecorded), notRecorded);
            }
            return true;
        }
        // a job that lost its last race is a dead letter all the same: that must reach the log
        if (job.getRetries() <= 1) {
            LOG.log(Level.SEVERE, describe(job, complaint) + " failed for the last time and is now a dead-letter job"
                    + " (Administration, complaints needing attention): " + reason(exception), exception);
        } else if (lostRace) {
            LOG.fine(() -> describe(job, complaint) + " lost a race to another job or step of the same complaint;"
                    + " retried: " + exception.getMessage());
        } else {
            LOG.warning(() -> describe(job, complaint) + " failed, " + (job.getRetries() - 1) + " retries left: " + reason(exception));
        }
        dispatchFailure(jobs, job, exception);
        return true;
    }

    private static void dispatchFailure(JobServiceConfiguration jobs, JobInfo job, Throwable exception) {
        FlowableEventDispatcher dispatcher = jobs.getEventDispatcher();
        if (dispatcher != null && dispatcher.isEnabled()) {
            dispatcher.dispatchEvent(FlowableJobEventBuilder.createEntityExceptionEvent(
                    FlowableEngineEventType.JOB_EXECUTION_FAILURE, job, exception), jobs.getEngineName());
        }
    }

    /** The innermost cause in words: the engine wraps what went wrong in "Error while evaluating expression". */
    static String reason(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == exception ? exception.toString() : root + " (in " + exception.getMessage() + ")";
    }

    /** The job, its element and its complaint's number, as every line about a job names them. */
    static String describe(JobServiceConfiguration jobs, JobInfo job) {
        return describe(job, complaintNumber(jobs.getCommandExecutor(), job));
    }

    private static String describe(JobInfo job, String complaint) {
        String element = job instanceof Job runtimeJob ? runtimeJob.getElementId() : job.getJobHandlerType();
        return "Job " + job.getId() + " (" + element + ") of complaint " + complaint;
    }

    /** The business key of the job's process instance: the complaint's number. */
    private static String complaintNumber(CommandExecutor executor, JobInfo job) {
        if (!(job instanceof Job runtimeJob) || runtimeJob.getProcessInstanceId() == null) {
            return "-";
        }
        String processId = runtimeJob.getProcessInstanceId();
        try {
            return executor.execute(context -> {
                ExecutionEntity instance = CommandContextUtil.getExecutionEntityManager(context).findById(processId);
                return instance == null ? "(process " + processId + " ended)" : instance.getBusinessKey();
            });
        } catch (RuntimeException e) {
            return "(process " + processId + ")";
        }
    }
}
