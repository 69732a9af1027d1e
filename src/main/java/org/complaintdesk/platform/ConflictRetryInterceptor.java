package org.complaintdesk.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Runs a {@link RetriedOnConflict} step again when its transaction lost a race ({@link Conflicts}), up to
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
                if (attempt == ATTEMPTS || !Conflicts.isLostRace(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.fine(() -> invocation.getMethod().getName() + " lost a race (attempt " + tried + "), running it again: " + e);
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * tried));
            }
        }
    }
}
