package org.complaintdesk.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Complaints that missed their reply deadline: replied late (BREACHED) or still open past it (OVERDUE), most late
 * first. Like the compliance figures, a period covers whole days in the desk's time zone. Late replies are read in
 * order from an index on lateness, open ones from the open-status index, and the two merged; the count comes from
 * the maintained summary plus the open ones, so a year's list pages as fast as a month's.
 */
@ApplicationScoped
public class BreachList {

    /** One missed deadline. */
    public record Breach(String number, String team, String agent, String category, String complexity, String channel,
            Instant receivedAt, Instant replyDeadline, Integer policyVersion, long pausedSeconds, Instant repliedAt, long minutesLate,
            String sla) {
    }

    private static final String COLUMNS = "select number, team_code, logging_agent, category, complexity, channel, received_at,"
            + " reply_deadline, replied_at, minutes_late, policy_version, paused_seconds from complaint";
    private static final String LATE = COLUMNS + " where sla_met = false and received_at >= ? and received_at < ?"
            + " order by minutes_late desc, id";
    private static final String OVERDUE = COLUMNS + " where status in " + Overdue.OPEN_STATUSES_SQL
            + " and " + Overdue.SQL + " and received_at >= ? and received_at < ? order by reply_deadline, id";
    private static final Comparator<Breach> MOST_LATE_FIRST = Comparator.comparingLong(Breach::minutesLate).reversed()
            .thenComparing(Breach::number);

    @Inject
    DataSource dataSource;

    @Inject
    SlaWindows windows;

    @Inject
    DeskClock clock;

    @Transactional
    public long count(Period period) {
        Period days = period.wholeDays(windows.timeZone());
        try (Connection connection = dataSource.getConnection()) {
            long late;
            try (PreparedStatement statement = connection.prepareStatement(
                    "select coalesce(sum(breached), 0) from compliance_counts where dimension = 'ALL' and summary_day >= ? and summary_day < ?")) {
                statement.setDate(1, Date.valueOf(period.firstDay(windows.timeZone())));
                statement.setDate(2, Date.valueOf(period.endDay(windows.timeZone())));
                late = single(statement);
            }
            try (PreparedStatement statement = connection.prepareStatement("select count(*) from (" + OVERDUE + ") o")) {
                overdueParameters(statement, days);
                return late + single(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count breaches", e);
        }
    }

    /** One page, most late first. */
    @Transactional
    public List<Breach> page(Period period, int page, int size) {
        int wanted = (page + 1) * size;
        List<Breach> merged = new ArrayList<>();
        Period days = period.wholeDays(windows.timeZone());
        read(LATE + " fetch first " + wanted + " rows only", days, false, merged::add);
        read(OVERDUE + " fetch first " + wanted + " rows only", days, true, merged::add);
        merged.sort(MOST_LATE_FIRST);
        return merged.subList(Math.min(page * size, merged.size()), Math.min(wanted, merged.size()));
    }

    /** Every breach of the period, streamed with a cursor (for exports without a row cap): open ones, then late replies. */
    @Transactional
    public void forEach(Period period, Consumer<Breach> sink) {
        Period days = period.wholeDays(windows.timeZone());
        read(OVERDUE, days, true, sink);
        read(LATE, days, false, sink);
    }

    private void read(String sql, Period days, boolean open, Consumer<Breach> sink) {
        Instant now = clock.now();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            if (open) {
                overdueParameters(statement, days);
            } else {
                statement.setTimestamp(1, Timestamp.from(days.from()));
                statement.setTimestamp(2, Timestamp.from(days.to()));
            }
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Instant deadline = rs.getTimestamp(8).toInstant();
                    Timestamp replied = rs.getTimestamp(9);
                    long late = replied != null ? rs.getLong(10) : Math.max(0, Duration.between(deadline, now).toMinutes());
                    sink.accept(new Breach(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getTimestamp(7).toInstant(), deadline, (Integer) rs.getObject(11), rs.getLong(12),
                            replied == null ? null : replied.toInstant(),
                            late, replied == null ? "OVERDUE" : "BREACHED"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list breaches", e);
        }
    }

    private void overdueParameters(PreparedStatement statement, Period days) throws SQLException {
        statement.setTimestamp(1, Timestamp.from(clock.now()));
        statement.setTimestamp(2, Timestamp.from(days.from()));
        statement.setTimestamp(3, Timestamp.from(days.to()));
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
