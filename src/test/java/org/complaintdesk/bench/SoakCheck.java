package org.complaintdesk.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintdesk.it.support.TestDatabase;

/**
 * What the soak left in the database, read after the desk has stopped: for every complaint the alerts its recorded
 * timeline calls for against those raised (see {@link SoakTimeline} for how each is derived), whether its record
 * agrees with its process, and how late the timers fired.
 */
final class SoakCheck {

    static final List<String> KINDS = List.of("REPLY_WARNING", "REPLY_OVERDUE", "ESCALATION to TEAM_LEAD",
            "ESCALATION to SUPERVISOR", "REMINDER", "QUALITY_REVIEW");

    record Complaint(long id, String number, Instant received, String status, int level, String process, boolean complex) {
    }

    record Entry(Instant at, String actor, String action, String changes) {
    }

    record Raised(String kind, Instant at) {
    }

    record Span(String key, Instant start, Instant end) {
    }

    /** A count known to lie between min and max (they differ when a due instant meets a person's step). */
    record Range(int min, int max) {
        static final Range ZERO = new Range(0, 0);
        static final Range ONE = new Range(1, 1);
        static final Range MAYBE = new Range(0, 1);

        Range plus(Range other) {
            return new Range(min + other.min, max + other.max);
        }
    }

    /** One row of the alerts table. */
    static final class Tally {
        Range expected = Range.ZERO;
        int raised;
        int missing;
        int doubled;
    }

    final Map<String, Tally> tallies = new LinkedHashMap<>();
    final List<Long> warningLag = new ArrayList<>();
    final List<Long> overdueLag = new ArrayList<>();
    final List<Long> supervisorLag = new ArrayList<>();
    final List<String> mismatches = new ArrayList<>();
    final List<String> disagreements = new ArrayList<>();
    /** The whole timeline of the first few complaints with a missing or doubled alert. */
    final List<String> timelines = new ArrayList<>();
    int complaints;
    int ambiguous;
    long deadLetters;
    long failingJobs;
    final List<String> jobErrors = new ArrayList<>();

    private final String db;
    private final SoakWindows windows;
    private final Instant cutoff;
    private final Instant stopped;

    /**
     * @param cutoff  every timer due before it had fired when the desk was stopped
     * @param stopped when the desk was stopped: timers due between the two may or may not have fired
     */
    SoakCheck(String db, SoakWindows windows, Instant cutoff, Instant stopped) {
        this.db = db;
        this.windows = windows;
        this.cutoff = cutoff;
        this.stopped = stopped;
        KINDS.forEach(kind -> tallies.put(kind, new Tally()));
    }

    SoakCheck run() throws SQLException {
        try (Connection c = TestDatabase.connect(db)) {
            Map<Long, List<Entry>> history = new HashMap<>();
            rows(c, "select complaint_id, at, actor, action, changes from complaint_history order by complaint_id, seq_no", r ->
                    history.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new Entry(instant(r, 2), r.getString(3), r.getString(4), r.getString(5))));
            Map<Long, List<Raised>> alerts = new HashMap<>();
            rows(c, "select complaint_id, kind, recipient_role, raised_at from alert order by raised_at", r ->
                    alerts.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Raised(
                            "ESCALATION".equals(r.getString(2)) ? "ESCALATION to " + r.getString(3) : r.getString(2), instant(r, 4))));
            Map<Long, Instant> initialDeadline = new HashMap<>();
            rows(c, "select complaint_id, deadline from complaint_deadline where reason <> 'REOPENED' order by set_at", r ->
                    initialDeadline.put(r.getLong(1), instant(r, 2)));
            Map<Long, List<Instant[]>> leadDeadlines = new HashMap<>();
            rows(c, "select complaint_id, escalated_at, deadline from complaint_escalation where level = 1 order by escalated_at", r ->
                    leadDeadlines.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new Instant[] {instant(r, 2), instant(r, 3)}));
            Map<String, List<Span>> spans = new HashMap<>();
            rows(c, "select proc_inst_id_, task_def_key_, start_time_, end_time_ from act_hi_taskinst", r ->
                    spans.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new Span(r.getString(2), instant(r, 3), instant(r, 4))));
            Map<String, List<String>> openTasks = new HashMap<>();
            rows(c, "select proc_inst_id_, task_def_key_ from act_ru_task order by 2", r ->
                    openTasks.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2)));
            List<Complaint> all = new ArrayList<>();
            rows(c, "select id, number, received_at, status, escalation_level, process_instance_id, complexity from complaint order by id", r ->
                    all.add(new Complaint(r.getLong(1), r.getString(2), instant(r, 3), r.getString(4), r.getInt(5),
                            r.getString(6), "COMPLEX".equals(r.getString(7)))));
            // quality-review alerts are checked only once this version raises them (issue 10 asks for it)
            boolean qualityReviewAlerts = alerts.values().stream().flatMap(List::stream).anyMatch(a -> a.kind().equals("QUALITY_REVIEW"));
            for (Complaint complaint : all) {
                complaints++;
                List<Raised> raised = alerts.getOrDefault(complaint.id(), List.of());
                SoakTimeline timeline = new SoakTimeline(complaint, history.getOrDefault(complaint.id(), List.of()),
                        initialDeadline.get(complaint.id()), spans.getOrDefault(complaint.process(), List.of()),
                        leadDeadlines.getOrDefault(complaint.id(), List.of()), windows, cutoff, stopped);
                Map<String, Range> expected = timeline.expected();
                if (!qualityReviewAlerts) {
                    expected.put("QUALITY_REVIEW", Range.ZERO);
                }
                if (timeline.ambiguous()) {
                    ambiguous++;
                }
                if (compare(complaint, expected, raised) && timelines.size() < 6) {
                    timelines.add(describe(complaint, history.getOrDefault(complaint.id(), List.of()), raised,
                            spans.getOrDefault(complaint.process(), List.of())));
                }
                lags(timeline, raised, leadDeadlines.getOrDefault(complaint.id(), List.of()));
                agreement(complaint, openTasks.getOrDefault(complaint.process(), List.of()));
            }
            deadLetters = TestDatabase.count(db, "select count(*) from act_ru_deadletter_job");
            failingJobs = TestDatabase.count(db, "select (select count(*) from act_ru_job where exception_msg_ is not null)"
                    + " + (select count(*) from act_ru_timer_job where exception_msg_ is not null)");
            rows(c, "select 'dead letter', j.exception_msg_, c.number from act_ru_deadletter_job j left join complaint c on c.process_instance_id = j.process_instance_id_"
                    + " union all select 'failing', j.exception_msg_, c.number from act_ru_job j left join complaint c on c.process_instance_id = j.process_instance_id_ where j.exception_msg_ is not null"
                    + " union all select 'failing timer', j.exception_msg_, c.number from act_ru_timer_job j left join complaint c on c.process_instance_id = j.process_instance_id_ where j.exception_msg_ is not null", r -> {
                        if (jobErrors.size() < 10) {
                            jobErrors.add(r.getString(1) + " " + r.getString(3) + ": " + r.getString(2));
                        }
                    });
        }
        return this;
    }

    /** Total missing + doubled alerts over all kinds. */
    int alertErrors() {
        return tallies.values().stream().mapToInt(t -> t.missing + t.doubled).sum();
    }

    /** Answers whether an alert of the complaint is missing or doubled. */
    private boolean compare(Complaint complaint, Map<String, Range> expected, List<Raised> raised) {
        boolean wrong = false;
        for (String kind : KINDS) {
            Range range = expected.getOrDefault(kind, Range.ZERO);
            int count = (int) raised.stream().filter(a -> a.kind().equals(kind)).count();
            Tally tally = tallies.get(kind);
            tally.expected = tally.expected.plus(range);
            tally.raised += count;
            int missing = Math.max(0, range.min() - count);
            int doubled = Math.max(0, count - range.max());
            tally.missing += missing;
            tally.doubled += doubled;
            wrong |= missing > 0 || doubled > 0;
            if ((missing > 0 || doubled > 0) && mismatches.size() < 20) {
                mismatches.add(complaint.number() + " " + kind + ": expected " + range.min()
                        + (range.max() != range.min() ? ".." + range.max() : "") + ", raised " + count);
            }
        }
        return wrong;
    }

    private static String describe(Complaint c, List<Entry> history, List<Raised> raised, List<Span> spans) {
        StringBuilder text = new StringBuilder(c.number() + " received " + c.received() + (c.complex() ? " COMPLEX" : " SIMPLE")
                + ", now " + c.status() + " level " + c.level());
        history.forEach(e -> text.append("\n    ").append(e.at()).append(" history ").append(e.actor()).append(' ').append(e.action())
                .append(e.changes() == null ? "" : " (" + e.changes() + ")"));
        raised.forEach(a -> text.append("\n    ").append(a.at()).append(" alert ").append(a.kind()));
        spans.forEach(s -> text.append("\n    task ").append(s.key()).append(' ').append(s.start()).append(" .. ").append(s.end()));
        return text.toString();
    }

    private void lags(SoakTimeline timeline, List<Raised> raised, List<Instant[]> leadDeadlines) {
        List<Raised> warnings = raised.stream().filter(a -> a.kind().equals("REPLY_WARNING")).toList();
        if (warnings.size() == 1 && timeline.warningAt() != null) {
            warningLag.add(Duration.between(timeline.warningAt(), warnings.get(0).at()).toMillis());
        }
        List<Raised> overdue = raised.stream().filter(a -> a.kind().equals("REPLY_OVERDUE")).toList();
        if (overdue.size() == 1 && timeline.replyDeadline() != null) {
            overdueLag.add(Duration.between(timeline.replyDeadline(), overdue.get(0).at()).toMillis());
        }
        // a supervisor's escalation was due at the deadline of the team lead's escalation before it
        for (Raised a : raised) {
            if (a.kind().equals("ESCALATION to SUPERVISOR")) {
                leadDeadlines.stream().filter(d -> d[0].isBefore(a.at())).reduce((first, second) -> second)
                        .ifPresent(d -> supervisorLag.add(Duration.between(d[1], a.at()).toMillis()));
            }
        }
    }

    /** The record's status and level against the process's open user tasks. */
    private void agreement(Complaint c, List<String> tasks) {
        String problem = null;
        if (c.process() == null) {
            problem = "no process";
        } else if (tasks.size() > 1) {
            problem = "more than one open task";
        } else if (c.status().equals("CLOSED")) {
            if (!tasks.isEmpty() && !tasks.get(0).equals("task_qualityReview")) {
                problem = "closed record with an open task";
            }
        } else if (tasks.isEmpty()) {
            problem = "open record, no open task";
        } else {
            String task = tasks.get(0);
            boolean agrees = switch (c.status()) {
                case "OPEN" -> task.equals("task_apologiseAndRecord");
                case "AWAITING_REPLY" -> task.equals("task_reply") || task.equals("task_replyAsInstructed");
                case "ESCALATED", "REOPENED" -> task.equals("task_teamLeadHandle") && c.level() >= 1
                        || task.equals("task_supervisorHandle") && c.level() == 2;
                default -> false;
            };
            problem = agrees ? null : "record and task disagree";
        }
        if (problem != null) {
            disagreements.add(c.number() + " " + problem + ": status " + c.status() + ", level " + c.level() + ", open tasks " + tasks);
        }
    }

    private interface Row {
        void accept(ResultSet row) throws SQLException;
    }

    private static void rows(Connection c, String sql, Row row) throws SQLException {
        try (var statement = c.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        var timestamp = r.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
