package org.complaintdesk.platform;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Set;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.postgresql.util.PSQLException;

/** Which failures mean only that another transaction changed the same complaint first, so that running again is safe. */
public final class Conflicts {

    /** deadlock_detected and serialization_failure: the database chose this transaction to abort. */
    private static final Set<String> ABORTED_BY_DATABASE = Set.of("40P01", "40001");
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    /**
     * The engine's own foreign keys (to an execution, a task, a job): a row written for a part of the process that
     * another transaction has just ended (a reminder's next timer for a task a person completed meanwhile).
     */
    private static final String ENGINE_FOREIGN_KEY = "act_fk_";

    private Conflicts() {
    }

    /**
     * An optimistic-lock failure of JPA or of the workflow engine, a deadlock or serialization failure that
     * PostgreSQL resolved by aborting this transaction (SQLState class 40), or a row of the engine's written for a
     * part of the process another transaction removed first; however deeply wrapped.
     */
    public static boolean isLostRace(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof FlowableOptimisticLockingException
                    || cause instanceof SQLException sql && ABORTED_BY_DATABASE.contains(sql.getSQLState())
                    || processPartEndedMeanwhile(cause)) {
                return true;
            }
        }
        return false;
    }

    private static boolean processPartEndedMeanwhile(Throwable cause) {
        return cause instanceof PSQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())
                && sql.getServerErrorMessage() != null && sql.getServerErrorMessage().getConstraint() != null
                && sql.getServerErrorMessage().getConstraint().startsWith(ENGINE_FOREIGN_KEY);
    }
}
