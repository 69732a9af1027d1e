package org.complaintdesk.it.support;

import java.util.List;

/**
 * Makes the deadlines of many complaints due at once by moving them in the database, the way an administrator's move
 * would: the date on the record, the process's variable and the timer job that waits for it, all to a second ago.
 * The desks' own job executors then fire the timers, as they would have at the wall-clock deadline; nothing here
 * runs a job. For a test that only needs "a deadline has passed", not the time it takes to pass.
 */
public final class BatchDeadlines {

    /** A moment just passed, in the database's own clock, so that every desk's next acquisition finds the timer due. */
    private static final String JUST_PASSED = "now() - interval '1 second'";

    private BatchDeadlines() {
    }

    /**
     * The reply warnings of the given complaints are due (the deadline itself stays): the agent's warning fires, and
     * before the deadline, so that it is a warning and not the silence of a deadline already passed.
     */
    public static void warningsDue(String db, List<String> numbers) {
        moveVariable(db, numbers, "replyWarningAt");
        moveTimers(db, numbers, "timer_recordWarning", "timer_replyWarning");
    }

    /** The reply deadlines of the given complaints have passed: the complaint is overdue and its overdue timer fires. */
    public static void replyDeadlinesPassed(String db, List<String> numbers) {
        TestDatabase.execute(db, "update complaint set reply_deadline = " + JUST_PASSED + ", version = version + 1"
                + " where number = any(?)", (Object) array(numbers));
        moveVariable(db, numbers, "replyDeadline");
        moveTimers(db, numbers, "timer_recordOverdue", "timer_replyOverdue");
    }

    /** The team lead's deadline (the latest escalation's) has passed: the escalation to the supervisors fires. */
    public static void leadDeadlinesPassed(String db, List<String> numbers) {
        TestDatabase.execute(db, "update complaint_escalation e set deadline = " + JUST_PASSED + " from complaint c"
                + " where c.id = e.complaint_id and c.number = any(?) and e.level = c.escalation_level", (Object) array(numbers));
        moveVariable(db, numbers, "escalationDeadline");
        moveTimers(db, numbers, "timer_leadOverdue");
    }

    private static void moveVariable(String db, List<String> numbers, String variable) {
        // a date variable is kept as epoch milliseconds
        TestDatabase.execute(db, "update act_ru_variable set long_ = cast(extract(epoch from " + JUST_PASSED + ") * 1000 as bigint)"
                + " where name_ = ? and proc_inst_id_ in (select process_instance_id from complaint where number = any(?))",
                variable, array(numbers));
    }

    /**
     * Moves the timers of the given ids: a complaint's reply timers are on "apologise and record" until that step is done,
     * then on "reply". A timer that already fired is no longer there to move; the test's assertions count what fired.
     */
    private static void moveTimers(String db, List<String> numbers, String... timers) {
        TestDatabase.execute(db, "update act_ru_timer_job set duedate_ = " + JUST_PASSED + " where element_id_ = any(?)"
                + " and process_instance_id_ in (select process_instance_id from complaint where number = any(?))",
                timers, array(numbers));
    }

    private static String[] array(List<String> numbers) {
        return numbers.toArray(String[]::new);
    }
}
