package org.complaintdesk.sla;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The centre's complaint KPIs for a period (DOMAIN.md, "What the centre measures"): handled volume, average
 * handling time, the 1-4 satisfaction distribution, complaints per agent, and the reopen rate.
 */
@ApplicationScoped
public class KpiReport {

    /** The KPIs of complaints received in a period. */
    public record Kpis(long handled, long closed, Double averageHandlingMinutes, Map<String, Long> ratings,
            Double reopenRate, Map<String, Long> complaintsPerAgent) {
    }

    @Inject
    DataSource dataSource;

    /** One scan of the period's complaints, grouped by agent and rating, and one count of reopenings. */
    @Transactional
    public Kpis kpis(Period period) {
        try (Connection connection = dataSource.getConnection()) {
            String seconds = "extract(epoch from (closed_at - received_at))";
            long handled = 0;
            long closed = 0;
            double handlingSeconds = 0;
            Map<String, Long> ratings = new TreeMap<>(Map.of("1", 0L, "2", 0L, "3", 0L, "4", 0L));
            Map<String, Long> perAgent = new TreeMap<>();
            try (PreparedStatement s = prepare(connection, "select logging_agent, rating, count(*),"
                    + " sum(case when closed_at is not null then 1 else 0 end), sum(case when closed_at is not null then " + seconds
                    + " else 0 end) from complaint where received_at >= ? and received_at < ? group by logging_agent, rating", period);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long count = rs.getLong(3);
                    handled += count;
                    closed += rs.getLong(4);
                    handlingSeconds += rs.getDouble(5);
                    perAgent.merge(rs.getString(1), count, Long::sum);
                    int rating = rs.getInt(2);
                    if (!rs.wasNull()) {
                        ratings.merge(String.valueOf(rating), count, Long::sum);
                    }
                }
            }
            long reopened;
            try (PreparedStatement s = prepare(connection, "select count(distinct d.complaint_id) from complaint_deadline d"
                    + " join complaint c on c.id = d.complaint_id where d.reason = 'REOPENED' and c.received_at >= ? and c.received_at < ?", period);
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                reopened = rs.getLong(1);
            }
            return new Kpis(handled, closed, closed == 0 ? null : handlingSeconds / closed / 60.0, ratings,
                    closed == 0 ? null : (double) reopened / closed, perAgent);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compute the KPIs", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Period period) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setTimestamp(1, Timestamp.from(period.from()));
        statement.setTimestamp(2, Timestamp.from(period.to()));
        return statement;
    }
}
