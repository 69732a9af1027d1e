package org.complaintdesk.workflow;

/**
 * The names shared by {@code processes/complaint-handling.bpmn20.xml} and the Java code:
 * process key, task keys, variable names and the values the gateways test.
 * Change a name here and in the BPMN file together.
 */
public final class ComplaintProcess {

    public static final String KEY = "complaintHandling";
    public static final String RESOURCE = "processes/complaint-handling.bpmn20.xml";

    // user tasks
    public static final String TASK_APOLOGISE_AND_RECORD = "task_apologiseAndRecord";
    public static final String TASK_FORWARD_SUGGESTION = "task_forwardSuggestion";
    public static final String TASK_REPLY = "task_reply";
    public static final String TASK_TEAM_LEAD_HANDLE = "task_teamLeadHandle";
    public static final String TASK_SUPERVISOR_HANDLE = "task_supervisorHandle";
    public static final String TASK_REPLY_AS_INSTRUCTED = "task_replyAsInstructed";
    public static final String TASK_QUALITY_REVIEW = "task_qualityReview";
    /** the wait state for the customer's 1-4 rating (a receive task, moved on by trigger) */
    public static final String WAIT_SATISFACTION_RATING = "receive_satisfactionRating";

    // timers that follow the reply deadline when a complaint is reclassified
    public static final String TIMER_REPLY_WARNING = "timer_replyWarning";
    public static final String TIMER_REPLY_OVERDUE = "timer_replyOverdue";
    /** the same deadline's timers while the complaint waits to be apologised for and recorded (channel intake) */
    public static final String TIMER_RECORD_WARNING = "timer_recordWarning";
    public static final String TIMER_RECORD_OVERDUE = "timer_recordOverdue";
    /** the team lead's escalation deadline */
    public static final String TIMER_LEAD_OVERDUE = "timer_leadOverdue";

    // variables set when the process starts (the complaint's number is the business key)
    public static final String VAR_COMPLAINT_ID = "complaintId";
    public static final String VAR_CATEGORY = "category";
    public static final String VAR_LOGGING_AGENT = "loggingAgent";
    public static final String VAR_TEAM = "team";
    /** java.util.Date: the reply deadline; the overdue timer fires then */
    public static final String VAR_REPLY_DEADLINE = "replyDeadline";
    /** java.util.Date: when the non-interrupting warning timer fires */
    public static final String VAR_REPLY_WARNING_AT = "replyWarningAt";

    // variables set on the way
    /** set on completing apologise-and-record: the name of a {@link Route} */
    public static final String VAR_ROUTE = "route";
    /** set on completing a team lead's or supervisor's task: the name of a {@link Decision} */
    public static final String VAR_DECISION = "decision";
    /** java.util.Date: the deadline of the current escalation; set by the escalate hook */
    public static final String VAR_ESCALATION_DEADLINE = "escalationDeadline";
    /** Integer 1-4: the customer's rating, passed when the rating wait is triggered */
    public static final String VAR_RATING = "rating";

    // candidate groups are the security role names, the roles of EscalationLevel TEAM_LEAD and SUPERVISOR
    public static final String GROUP_TEAM_LEAD = "TEAM_LEAD";
    public static final String GROUP_SUPERVISOR = "SUPERVISOR";

    /** the @Named bean that the BPMN's service tasks and timers call */
    public static final String HOOKS_BEAN = "complaintProcess";

    /** Where apologise-and-record sends the complaint: the gateway "Outcome of apology?" tests the name. */
    public enum Route { RESOLVED, NEEDS_REPLY, ESCALATE }

    /** A team lead's or supervisor's decision: the gateways "Team lead's decision?" and "Supervisor's decision?" test the name. */
    public enum Decision { REPLIED, HAND_BACK }

    private ComplaintProcess() {
    }
}
