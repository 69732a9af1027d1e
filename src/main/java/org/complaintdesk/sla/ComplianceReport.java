package org.complaintdesk.sla;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.complaintdesk.platform.DataSourceConfiguration;

/**
 * The figures auditors prove SLA compliance with: per group, how many complaints had a reply deadline, how
 * many were replied, met, breached, are open and overdue, or still pending. One parameterised SQL query over
 * the indexed complaint table; periods are grouped by day in the database and rolled up to weeks and months.
 */
@ApplicationScoped
public class ComplianceReport {

    /** One group's figures; {@code share} = met / (met + breached + openOverdue), null when that is 0. */
    public record Row(String group, long total, long replied, long met, long breached, long openOverdue, long pending) {

        public Double share() {
            long decided = met + breached + openOverdue;
            return decided == 0 ? null : (double) met / decided;
        }

        Row plus(Row other) {
            return new Row(group, total + other.total, replied + other.replied, met + other.met, breached + other.breached,
                    openOverdue + other.openOverdue, pending + other.pending);
        }
    }

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SlaWindows windows;

    @Inject
    DeskClock clock;

    @Transactional
    public List<Row> compliance(Grouping by, Period period) {
        Instant now = clock.now();
        String key = by.isPeriod()
                ? "cast(received_at at time zone '" + zoneLiteral() + "' as date)"
                : by.column();
        String sql = "select " + key + " as grp, count(*),"
                + " sum(case when replied_at is not null then 1 else 0 end),"
                + " sum(case when sla_met = true then 1 else 0 end),"
                + " sum(case when sla_met = false then 1 else 0 end),"
                + " sum(case when replied_at is null and status <> 'CLOSED' and reply_deadline < ? then 1 else 0 end),"
                + " sum(case when replied_at is null and status <> 'CLOSED' and reply_deadline >= ? then 1 else 0 end)"
                + " from complaint where received_at >= ? and received_at < ? and reply_deadline is not null"
                + " group by " + key + " order by 1";
        Map<String, Row> rows = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setTimestamp(3, Timestamp.from(period.from()));
            statement.setTimestamp(4, Timestamp.from(period.to()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String group = by.isPeriod() ? by.periodOf(rs.getObject(1, LocalDate.class)) : String.valueOf(rs.getString(1));
                    Row row = new Row(group, rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7));
                    rows.merge(group, row, Row::plus);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compute compliance", e);
        }
        return by.isPeriod() ? new ArrayList<>(new TreeMap<>(rows).values()) : new ArrayList<>(rows.values());
    }

    /** The desk's zone id, checked by ZoneId itself, so it can stand in the SQL as a literal. */
    private String zoneLiteral() {
        return windows.timeZone().getId().replace("'", "");
    }
}
