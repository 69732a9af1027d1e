package org.complaintdesk.sla;

import jakarta.annotation.Resource;
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
import org.complaintdesk.platform.DataSourceConfiguration;

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

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Transactional
    public Kpis kpis(Period period) {
        String inPeriod = " from complaint where received_at >= ? and received_at < ?";
        try (Connection connection = dataSource.getConnection()) {
            // the one expression H2 and PostgreSQL write differently
            String seconds = connection.getMetaData().getDatabaseProductName().startsWith("H2")
                    ? "datediff('SECOND', received_at, closed_at)"
                    : "extract(epoch from (closed_at - received_at))";
            long[] totals = new long[2];
            Double average;
            try (PreparedStatement s = prepare(connection, "select count(*), sum(case when closed_at is not null then 1 else 0 end),"
                    + " avg(case when closed_at is not null then " + seconds + " end)" + inPeriod, period);
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                totals[0] = rs.getLong(1);
                totals[1] = rs.getLong(2);
                double avgSeconds = rs.getDouble(3);
                average = rs.wasNull() ? null : avgSeconds / 60.0;
            }
            Map<String, Long> ratings = new TreeMap<>(Map.of("1", 0L, "2", 0L, "3", 0L, "4", 0L));
            try (PreparedStatement s = prepare(connection, "select rating, count(*)" + inPeriod + " and rating is not null group by rating", period);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ratings.put(String.valueOf(rs.getInt(1)), rs.getLong(2));
                }
            }
            long reopened;
            try (PreparedStatement s = prepare(connection, "select count(distinct d.complaint_id) from complaint_deadline d"
                    + " join complaint c on c.id = d.complaint_id where d.reason = 'REOPENED' and c.received_at >= ? and c.received_at < ?", period);
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                reopened = rs.getLong(1);
            }
            Map<String, Long> perAgent = new TreeMap<>();
            try (PreparedStatement s = prepare(connection, "select logging_agent, count(*)" + inPeriod + " group by logging_agent", period);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    perAgent.put(rs.getString(1), rs.getLong(2));
                }
            }
            return new Kpis(totals[0], totals[1], average, ratings, totals[1] == 0 ? null : (double) reopened / totals[1], perAgent);
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
