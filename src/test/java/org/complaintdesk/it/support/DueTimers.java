package org.complaintdesk.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Makes complaints' timers due without waiting on the wall clock; the desks' own job executors then fire what fell
 * due, as they would have at the wall-clock deadline. Nothing here runs a job.
 *
 * <ul>
 * <li>One complaint, moved by a span ({@link #advance}, {@link #replyDeadlineNow} ...): every "when" ahead of it moves
 * earlier by the same amount, as the desk and the engine would see it had that span really passed: its reply
 * deadline, its latest deadline record and escalation deadline, the process variables that hold deadlines (runtime and
 * history), task due dates, and the due dates of its timer jobs (a cycle's start too, so its next round stays where it
 * would have been).</li>
 * <li>Many complaints at once, one deadline made just passed ({@link #warningsDue}, {@link #replyDeadlinesPassed},
 * {@link #leadDeadlinesPassed}): the date on the record, the process's variable and the timer job that waits for it,
 * for a test that needs "a deadline has passed" for hundreds of complaints, not the time it takes to pass.</li>
 * </ul>
 *
 * The complaint's version is left alone: a move is not a person's edit, and a job or a step that read the complaint a
 * moment before must not fail on it.
 */
public final class DueTimers {

    /** the process variables of type date that hold a deadline (workflow/ComplaintProcess) */
    static final List<String> DEADLINE_VARIABLES = List.of("replyDeadline", "replyWarningAt", "escalationDeadline");

    private DueTimers() {
    }

    /** The reply deadline is now: the overdue timer fires (the warning, earlier, too). */
    public static Duration replyDeadlineNow(String db, String number) {
        return advanceTo(db, number, instant(db, "select reply_deadline from complaint where number = ?", number), Instant.now());
    }

    /** The reply warning is due now; the deadline stays its share of the window later. */
    public static Duration replyWarningNow(String db, String number) {
        return advanceTo(db, number, instant(db, "select to_timestamp(v.long_ / 1000.0) from act_ru_variable v"
                + " join complaint c on c.process_instance_id = v.proc_inst_id_"
                + " where c.number = ? and v.name_ = 'replyWarningAt' and v.execution_id_ = v.proc_inst_id_", number), Instant.now());
    }

    /** The latest escalation's deadline is now: the escalation-overdue timer fires. */
    public static Duration escalationDeadlineNow(String db, String number) {
        return advanceTo(db, number, instant(db, "select e.deadline from complaint_escalation e join complaint c on c.id = e.complaint_id"
                + " where c.number = ? order by e.escalated_at desc, e.id desc limit 1", number), Instant.now());
    }

    /**
     * The complaint's open pause has stood for the policy's longest pause: it began that much earlier, and the time
     * it must end by has just passed, so the desk's next look for pauses at their maximum ends it. Returns the span moved.
     */
    public static Duration pauseLimitReached(String db, String number) {
        Instant resumeBy = instant(db, "select p.resume_by from complaint_pause p join complaint c on c.id = p.complaint_id"
                + " where c.number = ? and p.resumed_at is null", number);
        Duration span = Duration.between(Instant.now(), resumeBy).plusSeconds(1);
        double seconds = span.toMillis() / 1000.0;
        // one transaction, the complaint's row changed (so locked) first, as the desk locks it to end a pause
        try (Connection c = TestDatabase.connect(db)) {
            c.setAutoCommit(false);
            movePauseStart(c, number, seconds);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move the pause of " + number, e);
        }
        return span;
    }

    /** A moment just passed, in the database's own clock, so that every desk's next acquisition finds the timer due. */
    private static final String JUST_PASSED = "now() - interval '1 second'";

    /** The reminder cycles of the complaint process (complaint-handling.bpmn20.xml). */
    private static final String[] REMINDERS = {"timer_leadReminder", "timer_supervisorReminder", "timer_instructedReminder"};

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
        TestDatabase.execute(db, "update complaint set reply_deadline = " + JUST_PASSED + " where number = any(?)", (Object) array(numbers));
        TestDatabase.execute(db, "update complaint_deadline d set deadline = " + JUST_PASSED + " from complaint c where c.id = d.complaint_id"
                + " and c.number = any(?) and d.id = (select max(l.id) from complaint_deadline l where l.complaint_id = c.id)", (Object) array(numbers));
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

    /**
     * The reminders waiting on the given complaints (the lead's, the supervisor's, the agent's after a hand-back) are
     * due: each cycle's next round is just passed, its start moved with it so that the round after stays a cycle
     * later, as if the cycle had passed. The engine's revision of each timer is left as it is: a person's step that ends
     * the task at the same moment (and with it the reminder) must not fail on a test's move. A reminder a desk has
     * taken already, or is taking or ending at this moment (its row locked), is left to it: the move waits for no
     * desk, so it cannot deadlock with an acquisition that takes many timers in one transaction.
     */
    public static void remindersDue(String db, List<String> numbers) {
        try (Connection c = TestDatabase.connect(db)) {
            c.setAutoCommit(false);
            try (PreparedStatement due = c.prepareStatement("select id_, duedate_, repeat_, " + JUST_PASSED + " from act_ru_timer_job"
                         + " where element_id_ = any(?) and lock_owner_ is null"
                         + " and process_instance_id_ in (select process_instance_id from complaint where number = any(?))"
                         + " for update skip locked");
                 PreparedStatement move = c.prepareStatement("update act_ru_timer_job set duedate_ = ?, repeat_ = ? where id_ = ?")) {
                due.setObject(1, REMINDERS);
                due.setObject(2, array(numbers));
                try (ResultSet rs = due.executeQuery()) {
                    while (rs.next()) {
                        Timestamp justPassed = rs.getTimestamp(4);
                        Duration span = Duration.between(justPassed.toInstant(), rs.getTimestamp(2).toInstant());
                        move.setTimestamp(1, justPassed);
                        move.setString(2, movedCycle(rs.getString(3), span));
                        move.setString(3, rs.getString(1));
                        move.addBatch();
                    }
                }
                move.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make the reminders due: " + e.getMessage(), e);
        }
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
     * Each timer moves in a transaction of its own: holding no other timer while it waits for one a desk holds, the
     * move cannot deadlock with an acquisition that takes many timers in one transaction.
     */
    private static void moveTimers(String db, List<String> numbers, String... timers) {
        for (String id : TestDatabase.texts(db, "select id_ from act_ru_timer_job where element_id_ = any(?)"
                + " and process_instance_id_ in (select process_instance_id from complaint where number = any(?))",
                timers, array(numbers))) {
            TestDatabase.execute(db, "update act_ru_timer_job set duedate_ = " + JUST_PASSED + " where id_ = ?", id);
        }
    }

    private static String[] array(List<String> numbers) {
        return numbers.toArray(String[]::new);
    }

    /** Moves every "when" ahead of the complaint so that {@code due} falls on {@code at}; returns the span moved. */
    public static Duration advanceTo(String db, String number, Instant due, Instant at) {
        Duration span = Duration.between(at, due);
        if (span.isNegative()) {
            return Duration.ZERO; // already due: time never runs back
        }
        advance(db, number, span);
        return span;
    }

    /** Moves every "when" ahead of the complaint {@code span} earlier, as if {@code span} had passed, in one transaction. */
    public static void advance(String db, String number, Duration span) {
        advance(db, number, span, false);
    }

    /**
     * The complaint's open pause has stood {@code span} (shorter than the longest pause): it began that much earlier,
     * and every "when" ahead of the complaint moves with it, its timers waiting in the engine's suspended jobs too, as
     * if {@code span} had passed while the clock stood still.
     */
    public static void pauseStood(String db, String number, Duration span) {
        advance(db, number, span, true);
    }

    private static void advance(String db, String number, Duration span, boolean paused) {
        try (Connection c = TestDatabase.connect(db)) {
            c.setAutoCommit(false);
            long complaintId;
            String processInstance;
            try (PreparedStatement s = c.prepareStatement("select id, process_instance_id from complaint where number = ? for update")) {
                s.setString(1, number);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new IllegalArgumentException("no complaint " + number);
                    }
                    complaintId = rs.getLong(1);
                    processInstance = rs.getString(2);
                }
            }
            double seconds = span.toMillis() / 1000.0;
            long millis = span.toMillis();
            update(c, "update complaint set reply_deadline = reply_deadline - make_interval(secs => ?) where id = ?", seconds, complaintId);
            update(c, "update complaint_deadline set deadline = deadline - make_interval(secs => ?) where id ="
                    + " (select id from complaint_deadline where complaint_id = ? order by set_at desc, id desc limit 1)", seconds, complaintId);
            update(c, "update complaint_escalation set deadline = deadline - make_interval(secs => ?) where id ="
                    + " (select id from complaint_escalation where complaint_id = ? order by escalated_at desc, id desc limit 1)", seconds, complaintId);
            if (processInstance != null) {
                String[] names = DEADLINE_VARIABLES.toArray(String[]::new);
                update(c, "update act_ru_variable set long_ = long_ - ?, text_ = null, rev_ = rev_ + 1"
                        + " where proc_inst_id_ = ? and type_ = 'date' and long_ is not null and name_ = any (?)", millis, processInstance, c.createArrayOf("varchar", names));
                update(c, "update act_hi_varinst set long_ = long_ - ?, text_ = null, rev_ = rev_ + 1, last_updated_time_ = now()"
                        + " where proc_inst_id_ = ? and var_type_ = 'date' and long_ is not null and name_ = any (?)", millis, processInstance, c.createArrayOf("varchar", names));
                update(c, "update act_ru_task set due_date_ = due_date_ - make_interval(secs => ?), rev_ = rev_ + 1"
                        + " where proc_inst_id_ = ? and due_date_ is not null", seconds, processInstance);
                update(c, "update act_hi_taskinst set due_date_ = due_date_ - make_interval(secs => ?), rev_ = rev_ + 1"
                        + " where proc_inst_id_ = ? and due_date_ is not null and end_time_ is null", seconds, processInstance);
                moveTimerJobs(c, "act_ru_timer_job", processInstance, span);
            }
            if (paused) {
                movePauseStart(c, number, seconds);
                moveTimerJobs(c, "act_ru_suspended_job", processInstance, span);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot advance the timers of " + number, e);
        }
    }

    /** The complaint's open pause began {@code seconds} earlier, and may last until that much earlier too. */
    private static void movePauseStart(Connection c, String number, double seconds) throws SQLException {
        update(c, "update complaint set paused_since = paused_since - make_interval(secs => ?) where number = ?", seconds, number);
        update(c, "update complaint_pause set paused_at = paused_at - make_interval(secs => ?), resume_by = resume_by"
                + " - make_interval(secs => ?) where resumed_at is null and complaint_id = (select id from complaint where number = ?)",
                seconds, seconds, number);
    }

    /**
     * Moves the timers of a table of the engine's: its timer jobs (those no desk has taken, nor is taking or ending at
     * this moment: the move waits for no desk, holding the complaint) or its suspended jobs.
     */
    private static void moveTimerJobs(Connection c, String table, String processInstance, Duration span) throws SQLException {
        String lockedAs = table.equals("act_ru_timer_job") ? " and lock_owner_ is null for update skip locked" : " for update";
        try (PreparedStatement jobs = c.prepareStatement("select id_, duedate_, repeat_ from " + table
                + " where process_instance_id_ = ? and duedate_ is not null" + lockedAs);
             PreparedStatement move = c.prepareStatement("update " + table + " set duedate_ = ?, repeat_ = ?, rev_ = rev_ + 1 where id_ = ?")) {
            jobs.setString(1, processInstance);
            try (ResultSet rs = jobs.executeQuery()) {
                while (rs.next()) {
                    move.setTimestamp(1, earlier(rs.getTimestamp(2), span));
                    move.setString(2, movedCycle(rs.getString(3), span));
                    move.setString(3, rs.getString(1));
                    move.addBatch();
                }
            }
            move.executeBatch();
        }
    }

    /**
     * A cycle timer's repeat (ISO 8601 "R[n]/start/period", the start filled in by the engine) with its start
     * moved earlier by the span; a repeat without a start, or not a cycle, is left as it is, and no repeat (a timer
     * that fires once) stays none.
     */
    static String movedCycle(String repeat, Duration span) {
        if (repeat == null) {
            return null;
        }
        String[] parts = repeat.split("/");
        if (parts.length != 3 || !parts[0].startsWith("R")) {
            return repeat;
        }
        try {
            // Flowable 7/8 writes the start as an Instant (UTC, "Z"); older engines wrote an offset
            String start = parts[1].endsWith("Z") ? Instant.parse(parts[1]).minus(span).toString()
                    : OffsetDateTime.parse(parts[1]).minus(span).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return parts[0] + "/" + start + "/" + parts[2];
        } catch (DateTimeParseException notADate) {
            return repeat;
        }
    }

    private static Timestamp earlier(Timestamp at, Duration span) {
        return at == null ? null : Timestamp.from(at.toInstant().minus(span));
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static Instant instant(String db, String sql, String number) {
        try (Connection c = TestDatabase.connect(db); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, number);
            try (ResultSet rs = s.executeQuery()) {
                Timestamp at = rs.next() ? rs.getTimestamp(1) : null;
                return Optional.ofNullable(at).map(Timestamp::toInstant)
                        .orElseThrow(() -> new IllegalStateException("no such deadline of " + number + ": " + sql));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
