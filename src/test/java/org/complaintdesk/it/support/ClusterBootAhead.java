package org.complaintdesk.it.support;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the boot of the {@link ClusterDesks} as a run of tests begins, if the run holds a class
 * {@link OnClusterDesks}; a run without one boots nothing. Registered with the JUnit Platform in
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener.
 */
public class ClusterBootAhead implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        boolean clusterClass = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .anyMatch(ClusterBootAhead::onClusterDesks);
        if (clusterClass) {
            ClusterDesks.booting();
        }
    }

    private static boolean onClusterDesks(TestIdentifier test) {
        return test.getSource().filter(ClassSource.class::isInstance)
                .map(source -> ((ClassSource) source).getJavaClass().isAnnotationPresent(OnClusterDesks.class)).orElse(false);
    }
}
