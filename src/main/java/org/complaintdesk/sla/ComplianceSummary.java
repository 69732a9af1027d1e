package org.complaintdesk.sla;

import jakarta.annotation.Resource;
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
import org.complaintdesk.platform.DataSourceConfiguration;

/**
 * Keeps the compliance_summary counts in step with the complaints, in the caller's transaction: one row per
 * day and dimension value (team, agent, category, complexity, channel, and ALL), so the dashboard scales.
 */
@ApplicationScoped
public class ComplianceSummary {

    /** A complaint's values along each summarised dimension. */
    public record Dimensions(String team, String agent, String category, String complexity, String channel) {

        Map<String, String> values() {
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

    /** A change to the counts: +1 total when logged, +1 replied and met or breached when replied, the reverse on reopening. */
    public record Change(int total, int replied, int met, int breached) {

        public static final Change LOGGED = new Change(1, 0, 0, 0);

        public static Change replied(boolean met) {
            return new Change(0, 1, met ? 1 : 0, met ? 0 : 1);
        }

        public Change negate() {
            return new Change(-total, -replied, -met, -breached);
        }
    }

    private static final String POSTGRESQL_UPSERT = "insert into compliance_summary as s (summary_day, dimension, dim_value, total, replied, met, breached)"
            + " values (?, ?, ?, ?, ?, ?, ?) on conflict (dimension, summary_day, dim_value) do update set total = s.total + excluded.total,"
            + " replied = s.replied + excluded.replied, met = s.met + excluded.met, breached = s.breached + excluded.breached";

    private static final String H2_UPSERT = "merge into compliance_summary s using (values (cast(? as date), cast(? as varchar(20)),"
            + " cast(? as varchar(80)), cast(? as bigint), cast(? as bigint), cast(? as bigint), cast(? as bigint)))"
            + " v(summary_day, dimension, dim_value, total, replied, met, breached)"
            + " on s.dimension = v.dimension and s.summary_day = v.summary_day and s.dim_value = v.dim_value"
            + " when matched then update set total = s.total + v.total, replied = s.replied + v.replied, met = s.met + v.met,"
            + " breached = s.breached + v.breached"
            + " when not matched then insert (summary_day, dimension, dim_value, total, replied, met, breached)"
            + " values (v.summary_day, v.dimension, v.dim_value, v.total, v.replied, v.met, v.breached)";

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SlaWindows windows;

    /** Applies a change to every dimension of a complaint received at the given time. */
    public void apply(Instant receivedAt, Dimensions dimensions, Change change) {
        LocalDate day = LocalDate.ofInstant(receivedAt, windows.timeZone());
        try (Connection connection = dataSource.getConnection()) {
            String upsert = connection.getMetaData().getDatabaseProductName().startsWith("H2") ? H2_UPSERT : POSTGRESQL_UPSERT;
            try (PreparedStatement statement = connection.prepareStatement(upsert)) {
                for (Map.Entry<String, String> value : dimensions.values().entrySet()) {
                    statement.setDate(1, Date.valueOf(day));
                    statement.setString(2, value.getKey());
                    statement.setString(3, value.getValue());
                    statement.setLong(4, change.total());
                    statement.setLong(5, change.replied());
                    statement.setLong(6, change.met());
                    statement.setLong(7, change.breached());
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
