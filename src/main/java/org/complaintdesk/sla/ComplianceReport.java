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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The figures auditors prove SLA compliance with: per group, how many complaints had a reply deadline, how many
 * were replied, met, breached, are open and overdue, or still pending, and how many had their reply clock paused and
 * for how long in all (the business seconds of the pauses ended). Decided figures come from the maintained
 * daily summary ({@link ComplianceSummary}); open complaints, whose state moves with the clock, are counted live.
 * A period covers whole days in the desk's time zone: from the day of {@code from} to the day {@code to} ends in.
 */
@ApplicationScoped
public class ComplianceReport {

    /** One group's figures; {@code share} = met / (met + breached + openOverdue), null when that is 0. */
    public record Row(String group, long total, long replied, long met, long breached, long openOverdue, long pending,
            long paused, long pausedSeconds) {

        public Double share() {
            long decided = met + breached + openOverdue;
            return decided == 0 ? null : (double) met / decided;
        }

        /** The share as a whole percentage, null when nothing is decided. */
        public Long percent() {
            Double share = share();
            return share == null ? null : Math.round(share * 100);
        }

        Row plus(Row other) {
            return new Row(group, total + other.total, replied + other.replied, met + other.met, breached + other.breached,
                    openOverdue + other.openOverdue, pending + other.pending, paused + other.paused, pausedSeconds + other.pausedSeconds);
        }
    }


    @Inject
    DataSource dataSource;

    @Inject
    SlaWindows windows;

    @Inject
    DeskClock clock;

    @Transactional
    public List<Row> compliance(Grouping by, Period period) {
        ZoneId zone = windows.timeZone();
        Period days = period.wholeDays(zone);
        Map<String, Row> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            readSummary(connection, by, period.firstDay(zone), period.endDay(zone), rows);
            readOpen(connection, by, days.from(), days.to(), rows);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compute compliance", e);
        }
        // a reclassification can leave a group that no complaint is in any more
        return new TreeMap<>(rows).values().stream().filter(row -> row.total() > 0 || row.openOverdue() > 0 || row.pending() > 0).toList();
    }

    private static void readSummary(Connection connection, Grouping by, LocalDate firstDay, LocalDate endDay,
            Map<String, Row> rows) throws SQLException {
        String key = by.isPeriod() ? "summary_day" : "dim_value";
        String sql = "select " + key + ", sum(total), sum(replied), sum(met), sum(breached),"
                + " sum(paused), sum(paused_seconds) from compliance_counts"
                + " where dimension = ? and summary_day >= ? and summary_day < ? group by " + key;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, by.dimension());
            statement.setDate(2, Date.valueOf(firstDay));
            statement.setDate(3, Date.valueOf(endDay));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String group = by.isPeriod() ? by.periodOf(rs.getObject(1, LocalDate.class)) : rs.getString(1);
                    rows.merge(group, new Row(group, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), 0, 0,
                            rs.getLong(6), rs.getLong(7)), Row::plus);
                }
            }
        }
    }

    private void readOpen(Connection connection, Grouping by, Instant from, Instant to, Map<String, Row> rows) throws SQLException {
        String key = by.isPeriod() ? "cast(received_at at time zone '" + zoneLiteral() + "' as date)" : by.column();
        String sql = "select " + key + ", sum(case when " + Overdue.SQL + " then 1 else 0 end),"
                + " sum(case when not (" + Overdue.SQL + ") then 1 else 0 end) from complaint"
                + " where status in " + Overdue.OPEN_STATUSES_SQL + " and received_at >= ? and received_at < ?"
                + " and replied_at is null and reply_deadline is not null group by " + key;
        Instant now = clock.now();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setTimestamp(3, Timestamp.from(from));
            statement.setTimestamp(4, Timestamp.from(to));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String group = by.isPeriod() ? by.periodOf(rs.getObject(1, LocalDate.class)) : rs.getString(1);
                    rows.merge(group, new Row(group, 0, 0, 0, 0, rs.getLong(2), rs.getLong(3), 0, 0), Row::plus);
                }
            }
        }
    }

    /** The desk's zone id, checked by ZoneId itself, so it can stand in the SQL as a literal. */
    private String zoneLiteral() {
        return windows.timeZone().getId().replace("'", "");
    }
}
