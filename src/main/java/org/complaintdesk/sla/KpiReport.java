package org.complaintdesk.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The centre's complaint KPIs for a period (DOMAIN.md, "What the centre measures"): handled volume, average
 * handling time, the 1-4 satisfaction distribution, complaints per agent, and the reopen rate.
 */
@ApplicationScoped
public class KpiReport {

    /** The KPIs of complaints received in a period: the centre's, and the same per team and per agent. */
    public record Kpis(long handled, long closed, Double averageHandlingMinutes, Map<String, Long> ratings,
            Double reopenRate, Map<String, Long> complaintsPerAgent, List<GroupKpis> byTeam, List<GroupKpis> byAgent) {
    }

    /** One team's or agent's KPIs. */
    public record GroupKpis(String group, long handled, long closed, Double averageHandlingMinutes, Map<String, Long> ratings,
            Double reopenRate) {
    }

    @Inject
    DataSource dataSource;

    /** One scan of the period's complaints, grouped by team, agent and rating, and one count of reopenings. */
    @Transactional
    public Kpis kpis(Period period) {
        try (Connection connection = dataSource.getConnection()) {
            String seconds = "extract(epoch from (closed_at - received_at))";
            Tally all = new Tally("");
            Map<String, Tally> teams = new TreeMap<>();
            Map<String, Tally> agents = new TreeMap<>();
            try (PreparedStatement s = prepare(connection, "select team_code, logging_agent, rating, count(*),"
                    + " sum(case when closed_at is not null then 1 else 0 end), sum(case when closed_at is not null then " + seconds
                    + " else 0 end) from complaint where received_at >= ? and received_at < ? group by team_code, logging_agent, rating", period);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int rating = rs.getInt(3);
                    String rated = rs.wasNull() ? null : String.valueOf(rating);
                    long count = rs.getLong(4);
                    long closed = rs.getLong(5);
                    double handlingSeconds = rs.getDouble(6);
                    for (Tally tally : List.of(all, teams.computeIfAbsent(rs.getString(1), Tally::new), agents.computeIfAbsent(rs.getString(2), Tally::new))) {
                        tally.add(rated, count, closed, handlingSeconds);
                    }
                }
            }
            try (PreparedStatement s = prepare(connection, "select c.team_code, c.logging_agent, count(distinct d.complaint_id)"
                    + " from complaint_deadline d join complaint c on c.id = d.complaint_id"
                    + " where d.reason = 'REOPENED' and c.received_at >= ? and c.received_at < ? group by c.team_code, c.logging_agent", period);
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long reopened = rs.getLong(3);
                    all.reopened += reopened;
                    teams.computeIfAbsent(rs.getString(1), Tally::new).reopened += reopened;
                    agents.computeIfAbsent(rs.getString(2), Tally::new).reopened += reopened;
                }
            }
            Map<String, Long> perAgent = new TreeMap<>();
            agents.forEach((agent, tally) -> perAgent.put(agent, tally.handled));
            GroupKpis total = all.kpis();
            return new Kpis(total.handled(), total.closed(), total.averageHandlingMinutes(), total.ratings(), total.reopenRate(),
                    perAgent, teams.values().stream().map(Tally::kpis).toList(), agents.values().stream().map(Tally::kpis).toList());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot compute the KPIs", e);
        }
    }

    /** The sums behind one group's KPIs. */
    private static final class Tally {
        private final String group;
        private final Map<String, Long> ratings = new TreeMap<>(Map.of("1", 0L, "2", 0L, "3", 0L, "4", 0L));
        private long handled;
        private long closed;
        private double handlingSeconds;
        private long reopened;

        Tally(String group) {
            this.group = group;
        }

        void add(String rating, long count, long closedCount, double seconds) {
            handled += count;
            closed += closedCount;
            handlingSeconds += seconds;
            if (rating != null) {
                ratings.merge(rating, count, Long::sum);
            }
        }

        GroupKpis kpis() {
            return new GroupKpis(group, handled, closed, closed == 0 ? null : handlingSeconds / closed / 60.0, new TreeMap<>(ratings),
                    closed == 0 ? null : (double) reopened / closed);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Period period) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setTimestamp(1, Timestamp.from(period.from()));
        statement.setTimestamp(2, Timestamp.from(period.to()));
        return statement;
    }
}
