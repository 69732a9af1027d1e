package org.complaintdesk.broadcast;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.complaintdesk.platform.DatabaseSettings;

/**
 * This desk's {@link AlertListener}: started with the desk, on a thread of the container's ManagedThreadFactory, on a
 * connection opened with the desk's database settings; each alert heard is fired as {@link AlertArrived} for the
 * screens to push. Stopped when the application stops.
 */
@ApplicationScoped
public class AlertListening {

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    Event<AlertArrived> arrived;

    private AlertListener listener;

    public synchronized void start() {
        if (listener == null) {
            DatabaseSettings settings = DatabaseSettings.fromConfig();
            listener = new AlertListener(() -> settings.openDedicated("complaint-desk alert listener"), threadFactory,
                    arrived::fire);
            listener.start();
        }
    }

    /** Whether alerts raised on any desk reach this desk's open pages now. */
    public synchronized boolean isListening() {
        return listener != null && listener.isListening();
    }

    @PreDestroy
    synchronized void stop() {
        if (listener != null) {
            listener.stop();
            listener = null;
        }
    }
}
