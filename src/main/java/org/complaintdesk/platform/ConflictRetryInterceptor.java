package org.complaintdesk.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
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

    /** An optimistic-lock failure of JPA or of the workflow engine, however deeply wrapped. */
    static boolean isConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof FlowableOptimisticLockingException) {
                return true;
            }
        }
        return false;
    }
}
