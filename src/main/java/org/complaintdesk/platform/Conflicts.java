package org.complaintdesk.platform;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;

/** Which failures mean only that another transaction changed the same complaint first, so that running again is safe. */
public final class Conflicts {

    /** deadlock_detected and serialization_failure: the database chose this transaction to abort. */
    private static final Set<String> ABORTED_BY_DATABASE = Set.of("40P01", "40001");

    private Conflicts() {
    }

    /**
     * An optimistic-lock failure of JPA or of the workflow engine, or a deadlock or serialization failure that
     * PostgreSQL resolved by aborting this transaction (SQLState class 40), however deeply wrapped.
     */
    public static boolean isLostRace(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof FlowableOptimisticLockingException
                    || cause instanceof SQLException sql && ABORTED_BY_DATABASE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
