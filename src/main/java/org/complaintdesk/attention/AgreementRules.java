package org.complaintdesk.attention;

import java.util.List;
import java.util.stream.Collectors;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.workflow.ComplaintProcess;

/**
 * When a complaint's record agrees with its process, read off processes/complaint-handling.bpmn20.xml and the
 * Complaint entity: for each status, which single open user task its process may have (none for a closed one), at
 * which escalation levels. A record agrees when one row matches its status, its open tasks and its level.
 * <pre>
 * status          open task                 level  why
 * OPEN            task_apologiseAndRecord   0      logged, not yet recorded
 * OPEN            task_forwardSuggestion    0      a suggestion to thank for and forward
 * AWAITING_REPLY  task_reply                0      recorded, the agent owes the reply
 * AWAITING_REPLY  task_replyAsInstructed    1-2    handed back by a lead or supervisor
 * ESCALATED       task_teamLeadHandle       1      with a team lead
 * ESCALATED       task_supervisorHandle     2      with a supervisor
 * REOPENED        task_teamLeadHandle       1-2    rating 4: back to a team lead (level is the highest reached)
 * REOPENED        task_supervisorHandle     2      that lead's deadline passed
 * CLOSED          (none)                    0-2    waiting for the rating, or ended
 * CLOSED          task_qualityReview        0-2    rating 3: the team lead reviews the attitude
 * </pre>
 * More than one open task, or none for a complaint not closed, never agrees. Nor does a task held by someone who
 * cannot act on it: its assignee is no enabled user (an agent who left, a lead whose account was switched off).
 */
public final class AgreementRules {

    /** One row of the table: {@code taskKey} null means "no open task". */
    public record Rule(ComplaintStatus status, String taskKey, int minLevel, int maxLevel) {
    }

    public static final List<Rule> RULES = List.of(
            new Rule(ComplaintStatus.OPEN, ComplaintProcess.TASK_APOLOGISE_AND_RECORD, 0, 0),
            new Rule(ComplaintStatus.OPEN, ComplaintProcess.TASK_FORWARD_SUGGESTION, 0, 0),
            new Rule(ComplaintStatus.AWAITING_REPLY, ComplaintProcess.TASK_REPLY, 0, 0),
            new Rule(ComplaintStatus.AWAITING_REPLY, ComplaintProcess.TASK_REPLY_AS_INSTRUCTED, 1, 2),
            new Rule(ComplaintStatus.ESCALATED, ComplaintProcess.TASK_TEAM_LEAD_HANDLE, 1, 1),
            new Rule(ComplaintStatus.ESCALATED, ComplaintProcess.TASK_SUPERVISOR_HANDLE, 2, 2),
            new Rule(ComplaintStatus.REOPENED, ComplaintProcess.TASK_TEAM_LEAD_HANDLE, 1, 2),
            new Rule(ComplaintStatus.REOPENED, ComplaintProcess.TASK_SUPERVISOR_HANDLE, 2, 2),
            new Rule(ComplaintStatus.CLOSED, null, 0, 2),
            new Rule(ComplaintStatus.CLOSED, ComplaintProcess.TASK_QUALITY_REVIEW, 0, 2));

    private AgreementRules() {
    }

    /** Why a record disagrees with its process. */
    public enum Disagreement {
        /** closed, yet its process has an open task */
        CLOSED_WITH_OPEN_TASK,
        /** not closed, and its process no longer runs */
        NO_PROCESS,
        /** not closed, its process runs but waits for nobody */
        NO_OPEN_TASK,
        /** more than one open task where one is expected */
        SEVERAL_OPEN_TASKS,
        /** the open task is not one the status allows */
        TASK_NOT_FOR_STATUS,
        /** the open task fits the status, but not the recorded escalation level */
        LEVEL_NOT_SHOWN,
        /** record and process agree, but the task's assignee is no enabled user: nobody can act on it */
        HOLDER_UNAVAILABLE
    }

    /** Whether one row of the table matches. */
    public static boolean agrees(ComplaintStatus status, int level, List<String> openTasks) {
        String task = openTasks.size() == 1 ? openTasks.get(0) : null;
        return openTasks.size() <= 1 && RULES.stream().anyMatch(r -> r.status() == status
                && level >= r.minLevel() && level <= r.maxLevel() && java.util.Objects.equals(r.taskKey(), task));
    }

    /** Which rule a record breaks: a row of the table that matches leaves only its holder to blame. */
    public static Disagreement why(ComplaintStatus status, int level, List<String> openTasks, boolean processRuns) {
        if (agrees(status, level, openTasks)) {
            return Disagreement.HOLDER_UNAVAILABLE;
        }
        if (status == ComplaintStatus.CLOSED) {
            return openTasks.size() > 1 ? Disagreement.SEVERAL_OPEN_TASKS : Disagreement.CLOSED_WITH_OPEN_TASK;
        }
        if (openTasks.isEmpty()) {
            return processRuns ? Disagreement.NO_OPEN_TASK : Disagreement.NO_PROCESS;
        }
        if (openTasks.size() > 1) {
            return Disagreement.SEVERAL_OPEN_TASKS;
        }
        boolean taskFits = RULES.stream().anyMatch(r -> r.status() == status && openTasks.get(0).equals(r.taskKey()));
        return taskFits ? Disagreement.LEVEL_NOT_SHOWN : Disagreement.TASK_NOT_FOR_STATUS;
    }

    /** The table as an SQL VALUES list (status, task_key, min_level, max_level); the values are constants of this class. */
    static String sqlValues() {
        return RULES.stream().map(r -> "('" + r.status().name() + "', "
                + (r.taskKey() == null ? "cast(null as varchar)" : "'" + r.taskKey() + "'") + ", " + r.minLevel() + ", " + r.maxLevel() + ")")
                .collect(Collectors.joining(", ", "values ", ""));
    }
}
