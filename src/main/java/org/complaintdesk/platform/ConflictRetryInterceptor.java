package org.complaintdesk.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;

/**
 * Runs a {@link RetriedOnConflict} step again when its transaction lost an optimistic-lock race, up to
 * {@value #ATTEMPTS} times. It sits outside the transaction (its priority is before that of {@code @Transactional}),
 * so each attempt is a whole new transaction; called inside a running transaction, it cannot start over and lets the
 * failure pass to its caller.
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetryInterceptor {

    /** deadlock_detected and serialization_failure: the database chose this transaction to abort; running it again is safe. */
    private static final Set<String> ABORTED_BY_DATABASE = Set.of("40P01", "40001");

    static final int ATTEMPTS = 4;

    private static final Logger LOG = Logger.getLogger(ConflictRetryInterceptor.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object retryOnConflict(InvocationContext invocation) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !isConflict(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.fine(() -> invocation.getMethod().getName() + " lost a race (attempt " + tried + "), running it again: " + e);
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * tried));
            }
        }
    }

    /**
     * An optimistic-lock failure of JPA or of the workflow engine, or a deadlock or serialization failure that
     * PostgreSQL resolved by aborting this transaction (SQLState class 40), however deeply wrapped.
     */
    static boolean isConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof FlowableOptimisticLockingException
                    || cause instanceof SQLException sql && ABORTED_BY_DATABASE.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
