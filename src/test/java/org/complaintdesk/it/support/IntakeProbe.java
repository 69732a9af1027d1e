package org.complaintdesk.it.support;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Complaints logged one after another in the background, as a quiet phone line would, while a test does something
 * rough to the desk: answers which were acknowledged (201) and which were not answered properly (anything else, an
 * error, or an answer slower than {@link #TOO_SLOW}, which a caller on the phone would take for a hang).
 */
public final class IntakeProbe implements AutoCloseable {

    public static final Duration TOO_SLOW = Duration.ofSeconds(30);
    private static final Duration PAUSE = Duration.ofMillis(250);

    private final ComplaintApi api;
    private final Thread thread;
    private final List<String> acknowledged = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private volatile boolean running = true;

    public IntakeProbe(ComplaintApi api) {
        this.api = api;
        this.thread = new Thread(this::run, "intake-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (running) {
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = api.tryLog("agent1", ComplaintApi.newComplaint("DELIVERY", "SIMPLE"));
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                synchronized (this) {
                    if (response.statusCode() != 201) {
                        failures.add(response.statusCode() + " " + response.body());
                    } else {
                        acknowledged.add(ComplaintApi.text(ComplaintApi.json(response), "number"));
                        if (took.compareTo(TOO_SLOW) > 0) {
                            failures.add("201 after " + took.toMillis() + " ms");
                        }
                    }
                }
            } catch (RuntimeException e) {
                synchronized (this) {
                    failures.add(e.toString());
                }
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops after the request in flight. */
    public void stop() {
        running = false;
        try {
            thread.join(TOO_SLOW.multipliedBy(3).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() {
        stop();
    }
}
