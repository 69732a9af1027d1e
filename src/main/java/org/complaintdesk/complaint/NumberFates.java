package org.complaintdesk.complaint;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.complaintdesk.sla.DeskClock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every complaint number accounted for (issue 12). A number is the complaint's id from a database sequence, drawn when
 * the intake writes the row; an intake that then does not commit has used it up. Numbers stay free of a hot row that
 * would make all intakes wait for each other, and instead each used-up number's fate is written, after the rollback,
 * in a transaction of its own.
 */
@ApplicationScoped
public class NumberFates {

    private static final Logger LOG = Logger.getLogger(NumberFates.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskClock clock;

    /** This bean through its proxy, so that {@link #record} runs in a transaction of its own. */
    @Inject
    NumberFates self;

    /** Records the number's fate should the current transaction, which gives it to a complaint, not commit. */
    void watch(long complaintId, String number) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    // not on this thread: its transaction is ending, and the fate needs one of its own
                    String detail = status == Status.STATUS_ROLLEDBACK ? "rolled back" : "ended with JTA status " + status;
                    executor.execute(() -> recordOrWarn(complaintId, number, detail));
                }
            }
        });
    }

    private void recordOrWarn(long complaintId, String number, String detail) {
        try {
            self.record(complaintId, number, NumberFate.Fate.ROLLED_BACK, detail);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, e, () -> "Cannot record that complaint number " + number
                    + " was used up by an intake that did not commit; an audit of the numbers lists it as unaccounted");
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(long complaintId, String number, NumberFate.Fate fate, String detail) {
        em.persist(new NumberFate(complaintId, number, fate, clock.now(), detail));
    }
}
