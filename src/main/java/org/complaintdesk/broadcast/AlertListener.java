package org.complaintdesk.broadcast;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears every desk's alert notifications on one database connection of its own (LISTEN), on one thread, and hands
 * each alert to {@code delivery}. A lost connection is reopened with a growing pause, logged once as a WARNING when
 * lost and once as INFO when back. Meanwhile the desk works on: alerts are stored and in the inbox, only their live
 * display on this desk's open pages waits.
 */
public final class AlertListener {

    /** Opens the listening connection: a connection of its own, held as long as the desk runs, never a pooled one. */
    @FunctionalInterface
    public interface ConnectionOpener {
        Connection open() throws SQLException;
    }

    /**
     * How long one wait for notifications lasts ({@code listen}, and so how long a stop may take), and the pause before trying again
     * after the connection is lost: the first, doubled after each failed try up to the longest.
     */
    record Pauses(Duration listen, Duration first, Duration longest) {
        static final Pauses DESK = new Pauses(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    private static final Logger LOG = Logger.getLogger(AlertListener.class.getName());
    /** After this long without a notification the connection is asked whether it still answers (a silent network). */
    private static final Duration CHECK_WHEN_QUIET = Duration.ofSeconds(15);

    private final ConnectionOpener opener;
    private final ThreadFactory threads;
    private final Consumer<AlertArrived> delivery;
    private final Pauses pauses;
    private final CountDownLatch stopping = new CountDownLatch(1);
    private volatile boolean listening;
    private Thread thread;

    public AlertListener(ConnectionOpener opener, ThreadFactory threads, Consumer<AlertArrived> delivery) {
        this(opener, threads, delivery, Pauses.DESK);
    }

    /** With other pauses: a test's outage of several tries then takes a fraction of a second. */
    AlertListener(ConnectionOpener opener, ThreadFactory threads, Consumer<AlertArrived> delivery, Pauses pauses) {
        this.opener = opener;
        this.threads = threads;
        this.delivery = delivery;
        this.pauses = pauses;
    }

    public synchronized void start() {
        if (thread == null) {
            thread = threads.newThread(this::run);
            thread.setName("desk-alert-listener");
            thread.start();
        }
    }

    /** Whether the listening connection is open now (live alerts from every desk reach this desk's pages). */
    public boolean isListening() {
        return listening;
    }

    /** Ends the listening and waits for its thread, at most a few seconds. */
    public void stop() {
        stopping.countDown();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running == null || running == Thread.currentThread()) {
            return;
        }
        Duration patience = pauses.listen().plusSeconds(10);
        try {
            running.join(patience.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running.isAlive()) {
            LOG.warning("The alert listener did not stop within " + patience.toSeconds() + " s");
        }
    }

    private boolean stopped() {
        return stopping.getCount() == 0;
    }

    private void run() {
        Duration pause = pauses.first();
        Instant lostAt = null;
        while (!stopped()) {
            try (Connection connection = opener.open()) {
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + AlertNotifications.CHANNEL);
                }
                listening = true;
                if (lostAt == null) {
                    LOG.info("Live alerts: listening on PostgreSQL channel " + AlertNotifications.CHANNEL
                            + " for the alerts of every desk on this database");
                } else {
                    LOG.info("Live alerts: listening again after " + Duration.between(lostAt, Instant.now()).toSeconds()
                            + " s; alerts raised meanwhile are in the recipients' inboxes");
                }
                lostAt = null;
                pause = pauses.first();
                receive(connection);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (stopped()) {
                    break;
                }
                if (lostAt == null) {
                    lostAt = Instant.now();
                    LOG.warning("Live alerts: not listening for alerts (" + e.getMessage() + "); trying again until the"
                            + " database answers. The desk goes on working and every alert is stored in its recipients'"
                            + " inboxes, but until then this desk's open pages show no new alert without a reload");
                }
                pauseBeforeRetry(pause);
                pause = pause.multipliedBy(2).compareTo(pauses.longest()) > 0 ? pauses.longest() : pause.multipliedBy(2);
            }
        }
        listening = false;
    }

    private void receive(Connection connection) throws SQLException {
        PGConnection postgres = connection.unwrap(PGConnection.class);
        Instant heard = Instant.now();
        while (!stopped()) {
            PGNotification[] notifications = postgres.getNotifications((int) pauses.listen().toMillis());
            if (notifications != null && notifications.length > 0) {
                heard = Instant.now();
                for (PGNotification notification : notifications) {
                    deliver(notification.getParameter());
                }
            } else if (Duration.between(heard, Instant.now()).compareTo(CHECK_WHEN_QUIET) > 0) {
                if (!connection.isValid((int) CHECK_WHEN_QUIET.toSeconds())) {
                    throw new SQLException("the listening connection does not answer");
                }
                heard = Instant.now();
            }
        }
    }

    private void deliver(String payload) {
        Optional<AlertArrived> alert = AlertNotifications.read(payload);
        if (alert.isEmpty()) {
            LOG.warning("Live alerts: ignored a notification on " + AlertNotifications.CHANNEL + " that is not an alert");
            return;
        }
        try {
            delivery.accept(alert.get());
        } catch (RuntimeException e) {
            // the alert is stored and in the inbox; one failed display must not end the listening
            LOG.log(Level.WARNING, "Live alerts: could not show alert " + alert.get().alertId() + " on this desk's pages", e);
        }
    }

    private void pauseBeforeRetry(Duration pause) {
        try {
            stopping.await(pause.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // the container ends its managed threads this way at shutdown
            stopping.countDown();
            Thread.currentThread().interrupt();
        }
    }
}
