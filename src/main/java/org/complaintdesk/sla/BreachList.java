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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.complaintdesk.platform.DataSourceConfiguration;

/** Complaints that missed their reply deadline: replied late (BREACHED) or still open past it (OVERDUE). */
@ApplicationScoped
public class BreachList {

    /** One missed deadline. */
    public record Breach(String number, String team, String agent, String category, String complexity, String channel,
            Instant receivedAt, Instant replyDeadline, Instant repliedAt, long minutesLate, String sla) {
    }

    /** Late replies, and open complaints past their deadline: two index-friendly branches rather than one OR. */
    private static final String BREACHES = "select * from complaint where sla_met = false and received_at >= ? and received_at < ?"
            + " union all select * from complaint where status in ('OPEN', 'AWAITING_REPLY', 'ESCALATED', 'REOPENED')"
            + " and replied_at is null and reply_deadline < ? and received_at >= ? and received_at < ?";

    /** The parameter is now: an open complaint is as late as the time since its deadline. */
    private static final String MOST_LATE_FIRST = " order by coalesce(replied_at, ?) - reply_deadline desc, id";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DeskClock clock;

    @Transactional
    public long count(Period period) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, "select count(*) from (" + BREACHES + ") b", period, clock.now());
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count breaches", e);
        }
    }

    /** One page, most late first (late replies and open complaints alike, by how far past the deadline). */
    @Transactional
    public List<Breach> page(Period period, int page, int size) {
        List<Breach> breaches = new ArrayList<>();
        each(period, MOST_LATE_FIRST + " offset " + (long) page * size + " rows fetch next " + size + " rows only", breaches::add);
        return breaches;
    }

    /** Every breach of the period, most late first, streamed with a cursor (for exports without a row cap). */
    @Transactional
    public void forEach(Period period, Consumer<Breach> sink) {
        each(period, MOST_LATE_FIRST, sink);
    }

    private void each(Period period, String tail, Consumer<Breach> sink) {
        Instant now = clock.now();
        String sql = "select number, team_code, logging_agent, category, complexity, channel, received_at, reply_deadline,"
                + " replied_at, minutes_late from (" + BREACHES + ") b" + tail;
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, period, now)) {
            statement.setTimestamp(6, Timestamp.from(now));
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Instant deadline = rs.getTimestamp(8).toInstant();
                    Timestamp replied = rs.getTimestamp(9);
                    long late = replied != null ? rs.getLong(10) : Math.max(0, Duration.between(deadline, now).toMinutes());
                    sink.accept(new Breach(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getTimestamp(7).toInstant(), deadline, replied == null ? null : replied.toInstant(),
                            late, replied == null ? "OVERDUE" : "BREACHED"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list breaches", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Period period, Instant now) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setTimestamp(1, Timestamp.from(period.from()));
        statement.setTimestamp(2, Timestamp.from(period.to()));
        statement.setTimestamp(3, Timestamp.from(now));
        statement.setTimestamp(4, Timestamp.from(period.from()));
        statement.setTimestamp(5, Timestamp.from(period.to()));
        return statement;
    }
}
