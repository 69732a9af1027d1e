package org.complaintdesk.attention;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.sla.Overdue;

/**
 * The SQL of the consistency check, over the desk's complaint table and the engine's runtime tables (ACT_RU_TASK,
 * ACT_RU_EXECUTION and the job tables) and the users (a task's assignee must be an enabled user), on one connection. Only complaints not closed and those whose process still
 * has a task are compared (an index each), so the check stays cheap with many thousands of closed complaints.
 */
public final class AttentionQueries {


    static final String DISAGREEING = "with tasks as ("
            + " select proc_inst_id_ as pid, count(*) as n, array_agg(task_def_key_ order by create_time_, id_) as keys,"
            + " min(assignee_) as assignee from act_ru_task where proc_inst_id_ is not null group by proc_inst_id_),"
            + " rules (status, task_key, min_level, max_level) as (" + AgreementRules.sqlValues() + "),"
            + " candidates as (select id from complaint where status in " + Overdue.OPEN_STATUSES_SQL
            + " union select c.id from complaint c join tasks t on t.pid = c.process_instance_id)"
            + " select c.number, c.status, c.escalation_level, coalesce(t.keys, '{}'),"
            + " exists (select 1 from act_ru_execution e where e.id_ = c.process_instance_id), c.received_at"
            + " from candidates k join complaint c on c.id = k.id left join tasks t on t.pid = c.process_instance_id"
            + " where not exists (select 1 from rules r where r.status = c.status"
            + " and c.escalation_level between r.min_level and r.max_level"
            + " and ((r.task_key is null and t.n is null) or (t.n = 1 and r.task_key = t.keys[1])))"
            + " or (t.n = 1 and t.assignee is not null"
            + " and not exists (select 1 from desk_user u where u.username = t.assignee and u.enabled))"
            + " order by c.received_at, c.number";

    private static final String JOB_COLUMNS = " c.number, c.status, c.escalation_level, j.id_, j.element_id_,"
            + " j.exception_msg_, j.create_time_, (select array_agg(t.task_def_key_ order by t.create_time_, t.id_)"
            + " from act_ru_task t where t.proc_inst_id_ = c.process_instance_id),"
            + " (select convert_from(b.bytes_, 'UTF8') from act_ge_bytearray b where b.id_ = j.exception_stack_id_)";

    static final String JOBS = "select 'DEAD_LETTER_JOB'," + JOB_COLUMNS
            + " from act_ru_deadletter_job j join complaint c on c.process_instance_id = j.process_instance_id_"
            + " union all select 'FAILING_JOB'," + JOB_COLUMNS
            + " from act_ru_timer_job j join complaint c on c.process_instance_id = j.process_instance_id_ where j.exception_msg_ is not null"
            + " union all select 'FAILING_JOB'," + JOB_COLUMNS
            + " from act_ru_job j join complaint c on c.process_instance_id = j.process_instance_id_ where j.exception_msg_ is not null"
            + " order by 8, 2";

    static final String DEAD_LETTER_COUNT = "select count(*) from act_ru_deadletter_job";
    static final String FAILING_COUNT = "select (select count(*) from act_ru_job where exception_msg_ is not null)"
            + " + (select count(*) from act_ru_timer_job where exception_msg_ is not null)";

    private AttentionQueries() {
    }

    /** Every complaint needing attention: disagreements first, then its failing and dead-letter jobs. */
    public static List<NeedsAttention> all(Connection connection) throws SQLException {
        List<NeedsAttention> items = new ArrayList<>(disagreeing(connection));
        items.addAll(jobs(connection));
        return items;
    }

    /** Complaints whose record disagrees with their process, with the rule each breaks. */
    public static List<NeedsAttention> disagreeing(Connection connection) throws SQLException {
        List<NeedsAttention> items = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DISAGREEING); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ComplaintStatus status = ComplaintStatus.valueOf(rs.getString(2));
                List<String> tasks = keys(rs.getArray(4));
                String reason = AgreementRules.why(status, rs.getInt(3), tasks, rs.getBoolean(5)).name();
                items.add(new NeedsAttention(rs.getString(1), status.name(), rs.getInt(3), reason, tasks, null, null, null,
                        rs.getTimestamp(6).toInstant()));
            }
        }
        return items;
    }

    /** Complaints' jobs that were dead-lettered or failed and wait for their next try. */
    public static List<NeedsAttention> jobs(Connection connection) throws SQLException {
        List<NeedsAttention> items = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(JOBS); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                Timestamp created = rs.getTimestamp(8);
                items.add(new NeedsAttention(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(1), keys(rs.getArray(9)),
                        rs.getString(5), rs.getString(6), inWords(rs.getString(7), rs.getString(10)),
                        created == null ? null : created.toInstant()));
            }
        }
        return items;
    }

    /**
     * The engine's error in words: the root cause from the job's stack trace, then the job's exception message (the
     * message of a failed expression names only the expression); as the server log's line says it (JobFailureHandler).
     */
    public static String inWords(String message, String stackTrace) {
        String cause = null;
        if (stackTrace != null) {
            for (String line : stackTrace.split("\\R")) {
                if (line.startsWith("Caused by: ")) {
                    cause = line.substring("Caused by: ".length()).strip();
                }
            }
        }
        if (cause == null || (message != null && message.contains(cause))) {
            return message;
        }
        return message == null ? cause : cause + " (in " + message + ")";
    }

    public static long deadLetterJobs(Connection connection) throws SQLException {
        return single(connection, DEAD_LETTER_COUNT);
    }

    public static long failingJobs(Connection connection) throws SQLException {
        return single(connection, FAILING_COUNT);
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> keys(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
