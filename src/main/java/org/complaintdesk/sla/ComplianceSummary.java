package org.complaintdesk.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Keeps the compliance counts in step with the complaints, in the caller's transaction: per day and dimension value
 * (team, agent, category, complexity, channel, and ALL), so the dashboard scales. A change is appended to
 * compliance_delta, never an update of the day's shared rows, so that concurrent intakes do not wait for each other;
 * {@link ComplianceFolding} adds the deltas into compliance_summary, and readers sum both (compliance_counts).
 */
@ApplicationScoped
public class ComplianceSummary {

    /** A complaint's values along each summarised dimension. */
    public record Dimensions(String team, String agent, String category, String complexity, String channel) {

        public Map<String, String> values() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("ALL", "ALL");
            values.put("TEAM", team == null ? "-" : team);
            values.put("AGENT", agent);
            values.put("CATEGORY", category);
            values.put("COMPLEXITY", complexity);
            values.put("CHANNEL", channel);
            return values;
        }
    }

    /**
     * A change to the counts: +1 total when logged, +1 replied and met or breached when replied, the reverse on
     * reopening; when a pause ends, its business seconds (and +1 paused for the complaint's first paused time).
     */
    public record Change(int total, int replied, int met, int breached, int paused, long pausedSeconds) {

        public static final Change LOGGED = new Change(1, 0, 0, 0, 0, 0);

        public static Change replied(boolean met) {
            return new Change(0, 1, met ? 1 : 0, met ? 0 : 1, 0, 0);
        }

        /** A pause ended after {@code seconds} of business time; {@code first} when the complaint had none before. */
        public static Change paused(long seconds, boolean first) {
            return new Change(0, 0, 0, 0, first ? 1 : 0, seconds);
        }

        public Change negate() {
            return new Change(-total, -replied, -met, -breached, -paused, -pausedSeconds);
        }
    }

    private static final String APPEND = "insert into compliance_delta (summary_day, dimension, dim_value, total, replied, met, breached,"
            + " paused, paused_seconds) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Inject
    DataSource dataSource;

    @Inject
    SlaWindows windows;

    /** Applies a change to every dimension of a complaint received at the given time. */
    public void apply(Instant receivedAt, Dimensions dimensions, Change change) {
        LocalDate day = LocalDate.ofInstant(receivedAt, windows.timeZone());
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(APPEND)) {
                for (Map.Entry<String, String> value : dimensions.values().entrySet()) {
                    statement.setDate(1, Date.valueOf(day));
                    statement.setString(2, value.getKey());
                    statement.setString(3, value.getValue());
                    statement.setLong(4, change.total());
                    statement.setLong(5, change.replied());
                    statement.setLong(6, change.met());
                    statement.setLong(7, change.breached());
                    statement.setLong(8, change.paused());
                    statement.setLong(9, change.pausedSeconds());
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update the compliance summary", e);
        }
    }

    /** Moves a complaint from one complexity to another (reclassification), keeping the other dimensions. */
    public void moveComplexity(Instant receivedAt, Dimensions before, String newComplexity, Change counted) {
        apply(receivedAt, before, counted.negate());
        apply(receivedAt, new Dimensions(before.team(), before.agent(), before.category(), newComplexity, before.channel()), counted);
    }
}
