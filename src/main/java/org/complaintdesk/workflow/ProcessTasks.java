package org.complaintdesk.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;

/** The open steps of a complaint's process, for the services: find, claim, complete, move variables. */
@ApplicationScoped
public class ProcessTasks {

    /** An open step as the services and the API show it. */
    public record OpenTask(String id, String key, String name, String assignee, String candidateGroup, Instant due) {
    }

    @Inject
    TaskService taskService;

    @Inject
    RuntimeService runtimeService;

    @Inject
    ManagementService managementService;

    @Inject
    ProcessDeployer deployer;

    /**
     * Starts a complaint's process with the given id (the desk's, so that the complaint's row is written once, whole),
     * of the version this desk deployed: by key, the engine would look the latest version up in the database on every
     * start, and might start one that a newer desk on the same database deployed.
     */
    public void startComplaintProcess(String processInstanceId, String complaintNumber, Map<String, Object> variables) {
        runtimeService.createProcessInstanceBuilder().processDefinitionId(deployer.complaintProcessDefinitionId())
                .businessKey(complaintNumber).predefineProcessInstanceId(processInstanceId).variables(variables).start();
    }

    public List<OpenTask> open(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).orderByTaskCreateTime().asc().list()
                .stream().map(this::view).toList();
    }

    public Optional<OpenTask> find(String processInstanceId, String taskKey) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .list().stream().findFirst().map(this::view);
    }

    public void claim(String taskId, String username) {
        taskService.setAssignee(taskId, username);
    }

    public void complete(String taskId, Map<String, Object> variables) {
        taskService.complete(taskId, variables);
    }

    public void setVariables(String processInstanceId, Map<String, Object> variables) {
        runtimeService.setVariables(processInstanceId, variables);
    }

    /**
     * Moves an agent's reply under way to a new deadline (after a reclassification or a pause): the step's due date and
     * its waiting warning and overdue timers. A timer that has already fired is left alone.
     */
    public void moveReplyDeadline(String processInstanceId, Instant warningAt, Instant deadline) {
        rescheduleTimer(processInstanceId, ComplaintProcess.TIMER_REPLY_WARNING, warningAt);
        rescheduleTimer(processInstanceId, ComplaintProcess.TIMER_REPLY_OVERDUE, deadline);
        rescheduleTimer(processInstanceId, ComplaintProcess.TIMER_RECORD_WARNING, warningAt);
        rescheduleTimer(processInstanceId, ComplaintProcess.TIMER_RECORD_OVERDUE, deadline);
        for (String step : List.of(ComplaintProcess.TASK_REPLY, ComplaintProcess.TASK_APOLOGISE_AND_RECORD)) {
            find(processInstanceId, step).ifPresent(task -> taskService.setDueDate(task.id(), Date.from(deadline)));
        }
    }

    /**
     * Stops the complaint's process while its reply clock is paused: its timers wait in the engine's suspended jobs
     * and fire nothing, its tasks take no step.
     */
    public void suspend(String processInstanceId) {
        runtimeService.suspendProcessInstanceById(processInstanceId);
    }

    /** Lets the process go on after a pause; the caller then moves its reply timers ({@link #moveReplyDeadline}). */
    public void activate(String processInstanceId) {
        runtimeService.activateProcessInstanceById(processInstanceId);
    }

    /** A time the process keeps in a variable (a deadline, a warning), if it has it. */
    public Optional<Instant> timeVariable(String processInstanceId, String name) {
        return runtimeService.getVariable(processInstanceId, name) instanceof Date date ? Optional.of(date.toInstant()) : Optional.empty();
    }

    private void rescheduleTimer(String processInstanceId, String timerId, Instant at) {
        for (Job job : managementService.createTimerJobQuery().processInstanceId(processInstanceId).elementId(timerId).list()) {
            managementService.rescheduleTimeDateJob(job.getId(), at.toString());
        }
    }

    /** The wait for the customer's rating, if the process is at it. */
    public Optional<String> ratingWaitExecution(String processInstanceId) {
        return runtimeService.createExecutionQuery().processInstanceId(processInstanceId)
                .activityId(ComplaintProcess.WAIT_SATISFACTION_RATING).list().stream().findFirst().map(e -> e.getId());
    }

    public void trigger(String executionId, Map<String, Object> variables) {
        runtimeService.trigger(executionId, variables);
    }

    /** Whether the process instance still runs. */
    public boolean isRunning(String processInstanceId) {
        return processInstanceId != null
                && runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    /**
     * A repair: leaves the running process with exactly one open task, {@code taskKey}, assigned to {@code assignee}.
     * Its open tasks and its wait for a rating are moved there (their boundary timers go with them, dead-lettered ones
     * too); the variables are set first, so the new task's timers read them.
     */
    public void placeAt(String processInstanceId, String taskKey, String assignee, Map<String, Object> variables) {
        List<String> executions = new ArrayList<>(taskService.createTaskQuery().processInstanceId(processInstanceId).list()
                .stream().map(Task::getExecutionId).toList());
        ratingWaitExecution(processInstanceId).ifPresent(executions::add);
        if (executions.isEmpty()) {
            throw new IllegalStateException("process " + processInstanceId + " waits nowhere to move from");
        }
        runtimeService.setVariables(processInstanceId, variables);
        runtimeService.createChangeActivityStateBuilder().processInstanceId(processInstanceId)
                .moveExecutionsToSingleActivityId(executions, taskKey).changeState();
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
        taskService.setAssignee(task.getId(), assignee);
    }

    /**
     * A repair for a complaint whose process was lost or waits nowhere: ends what is left of it, starts a new one with
     * the given variables and places it at {@code taskKey} for {@code assignee}. Returns the new process instance id.
     */
    public String restartAt(String oldProcessInstanceId, String businessKey, Map<String, Object> variables, String taskKey,
            String assignee) {
        if (isRunning(oldProcessInstanceId)) {
            runtimeService.deleteProcessInstance(oldProcessInstanceId, "restarted by an administrator's repair");
        }
        String id = UUID.randomUUID().toString();
        startComplaintProcess(id, businessKey, variables);
        placeAt(id, taskKey, assignee, Map.of());
        return id;
    }

    /** Whether the running process has an open task or waits for a rating: somewhere a repair can move it from. */
    public boolean waitsSomewhere(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).count() > 0
                || ratingWaitExecution(processInstanceId).isPresent();
    }

    private OpenTask view(Task task) {
        String group = taskService.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElse(null);
        return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(), group,
                task.getDueDate() == null ? null : task.getDueDate().toInstant());
    }
}
