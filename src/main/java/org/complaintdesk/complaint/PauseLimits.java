package org.complaintdesk.complaint;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.complaintdesk.platform.RepeatingTask;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends the pauses that reached the policy's maximum (desk.sla.max-pause), looking every desk.pause.check-interval.
 * A paused process has no timer that could do it: its jobs are suspended with it. On several desks each pause is ended
 * once: the complaint's version decides, and the other desk finds the pause ended.
 */
@ApplicationScoped
public class PauseLimits {

    private static final Logger LOG = Logger.getLogger(PauseLimits.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PauseLedger ledger;

    @Inject
    @ConfigProperty(name = "desk.pause.check-interval", defaultValue = "PT30S")
    Duration interval;

    private RepeatingTask looking;

    /** Looks from now on; called once at start. */
    public synchronized void start() {
        looking = new RepeatingTask(scheduler, interval, this::endDuePauses);
        looking.start();
    }

    @PreDestroy
    synchronized void stop() {
        if (looking != null) {
            looking.stop();
        }
    }

    void endDuePauses() {
        try {
            List<Long> due;
            do {
                due = ledger.dueAtLimit(BATCH);
                for (Long pause : due) {
                    endOne(pause);
                }
            } while (due.size() == BATCH && !looking.isStopped());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot look for pauses at their maximum; trying again in " + interval, e);
        }
    }

    private void endOne(Long pause) {
        try {
            ledger.resumeAtLimit(pause);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot end pause " + pause + " at its maximum; trying again in " + interval, e);
        }
    }
}
