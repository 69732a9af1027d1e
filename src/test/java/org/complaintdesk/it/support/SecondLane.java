package org.complaintdesk.it.support;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The second lane of the run: the classes {@link OffSharedDesk} (the cluster's, and those with a desk of their own)
 * run on a thread of their own, beside the classes of the shared desk (JUnit's parallel execution with two threads,
 * junit-platform.properties; every other class in the first), one after another in their planned order, so that the
 * class that ends the cluster ({@code @Order(ClusterDesks.LAST)}) runs after the others. A browser class or a wait on
 * the shared desk leaves a core idle for long stretches; the cluster's boot, its bursts and its restart fill them.
 * <p>
 * As a TestExecutionListener (META-INF/services) it learns the run's plan and which of the lane's classes have
 * finished; as an extension it holds each of the lane's classes back, before its first test, until those planned
 * before it have finished. The wait tells the thread pool it is blocked, so another thread takes up the queued work.
 */
public final class SecondLane implements TestExecutionListener, BeforeAllCallback {

    /**
     * The class order of a shared-desk class that mostly waits (on a browser's round trips, on a round of the job
     * executor): it runs first, while the lane keeps the processor busy, and the shared-desk classes that keep it busy
     * themselves (bursts of calls, the fuzzing) run after it, mostly once the lane has ended.
     */
    public static final int BESIDE = 1;

    private static final Object LOCK = new Object();
    /** The lane's classes in the order of the plan. */
    private static final List<String> PLANNED = new ArrayList<>();
    private static final Set<String> FINISHED = new HashSet<>();

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        synchronized (LOCK) {
            PLANNED.clear();
            FINISHED.clear();
            for (TestIdentifier engine : plan.getRoots()) {
                for (TestIdentifier child : plan.getChildren(engine)) {
                    if (child.getSource().orElse(null) instanceof ClassSource source
                            && source.getJavaClass().isAnnotationPresent(OffSharedDesk.class)) {
                        PLANNED.add(source.getClassName());
                    }
                }
            }
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        finished(identifier);
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        finished(identifier);
    }

    private static void finished(TestIdentifier identifier) {
        if (identifier.getSource().orElse(null) instanceof ClassSource source) {
            synchronized (LOCK) {
                if (PLANNED.contains(source.getClassName()) && FINISHED.add(source.getClassName())) {
                    LOCK.notifyAll();
                }
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws InterruptedException {
        String testClass = context.getRequiredTestClass().getName();
        ForkJoinPool.managedBlock(new ForkJoinPool.ManagedBlocker() {
            @Override
            public boolean block() throws InterruptedException {
                synchronized (LOCK) {
                    while (!isReleasable()) {
                        LOCK.wait();
                    }
                }
                return true;
            }

            @Override
            public boolean isReleasable() {
                synchronized (LOCK) {
                    int turn = PLANNED.indexOf(testClass);
                    return turn < 0 || FINISHED.containsAll(PLANNED.subList(0, turn));
                }
            }
        });
    }
}
