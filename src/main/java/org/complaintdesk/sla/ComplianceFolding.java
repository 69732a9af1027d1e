package org.complaintdesk.sla;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.complaintdesk.platform.RepeatingTask;

/**
 * Adds the appended compliance changes (compliance_delta) into compliance_summary every {@link #INTERVAL}, so that the
 * deltas the dashboard sums stay a few seconds' worth. One statement: the deltas it deletes are exactly the ones it
 * adds, and a delta committed meanwhile waits for the next fold. On several desks, one folds at a time (an advisory
 * lock); the others skip that round.
 */
@ApplicationScoped
public class ComplianceFolding {

    static final Duration INTERVAL = Duration.ofSeconds(5);
    /** The advisory lock of the folder: any number of the desk's own choosing, the same on every desk. */
    private static final long FOLDER_LOCK = 0x636f6d706c79L;

    static final String FOLD = "with folder as (select pg_try_advisory_xact_lock(?) as alone),"
            + " moved as (delete from compliance_delta where (select alone from folder)"
            + " returning summary_day, dimension, dim_value, total, replied, met, breached, paused, paused_seconds)"
            + " insert into compliance_summary as s (summary_day, dimension, dim_value, total, replied, met, breached, paused, paused_seconds)"
            + " select summary_day, dimension, dim_value, sum(total), sum(replied), sum(met), sum(breached), sum(paused), sum(paused_seconds)"
            + " from moved"
            + " group by summary_day, dimension, dim_value order by dimension, summary_day, dim_value"
            + " on conflict (dimension, summary_day, dim_value) do update set total = s.total + excluded.total,"
            + " replied = s.replied + excluded.replied, met = s.met + excluded.met, breached = s.breached + excluded.breached,"
            + " paused = s.paused + excluded.paused, paused_seconds = s.paused_seconds + excluded.paused_seconds";

    private static final Logger LOG = Logger.getLogger(ComplianceFolding.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    DataSource dataSource;

    private volatile boolean failing;
    private RepeatingTask folding;

    /** Folds every {@link #INTERVAL} from now on; called once at start, after the schema migration. */
    public synchronized void start() {
        folding = new RepeatingTask(scheduler, INTERVAL, this::foldLogged);
        folding.start();
    }

    @PreDestroy
    synchronized void stop() {
        if (folding != null) {
            folding.stop();
        }
    }

    private void foldLogged() {
        try {
            fold(dataSource);
            if (failing) {
                LOG.info("Compliance counts are folded again");
                failing = false;
            }
        } catch (SQLException | RuntimeException e) {
            // once per outage: the figures stay right (readers sum the deltas too), only the deltas grow meanwhile
            if (!failing) {
                LOG.warning("Compliance counts could not be folded (retried every " + INTERVAL.toSeconds() + " s): " + e);
                failing = true;
            }
        }
    }

    /** @return how many summary rows the fold added to or created (0 when another desk was folding) */
    static int fold(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(FOLD)) {
            statement.setLong(1, FOLDER_LOCK);
            return statement.executeUpdate();
        }
    }
}
