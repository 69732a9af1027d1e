package org.complaintdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The desk's background checks: one run at a time on the container's pool, on after a failure, off at stop. */
class RepeatingTaskTest {

    private static final Duration PAUSE = Duration.ofMillis(20);

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
    }

    @Test
    void runsAgainAfterEachPauseOneRunAtATimeEvenOnAPoolOfSeveralThreads() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        RepeatingTask task = new RepeatingTask(scheduler, PAUSE, () -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            sleep(30);
            running.decrementAndGet();
            runs.incrementAndGet();
        });
        task.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() >= 5);
        task.stop();
        assertThat(most).as("runs at once").hasValue(1);
    }

    @Test
    void aRunThatThrowsDoesNotEndIt() {
        AtomicInteger runs = new AtomicInteger();
        RepeatingTask task = new RepeatingTask(scheduler, PAUSE, () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the database did not answer");
        });
        task.start();

        await().atMost(Duration.ofSeconds(10)).until(() -> runs.get() >= 3);
        task.stop();
    }

    @Test
    void noRunStartsAfterStopAndARunUnderWaySeesIt() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        RepeatingTask[] task = new RepeatingTask[1];
        boolean[] sawStop = new boolean[1];
        task[0] = new RepeatingTask(scheduler, PAUSE, () -> {
            runs.incrementAndGet();
            running.countDown();
            waitFor(release);
            sawStop[0] = task[0].isStopped();
        });
        task[0].start();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();

        task[0].stop();
        release.countDown();

        await().during(PAUSE.multipliedBy(10)).atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
        assertThat(sawStop[0]).as("the run under way saw the stop").isTrue();
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
