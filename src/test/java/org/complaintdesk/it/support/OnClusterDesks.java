package org.complaintdesk.it.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Order;

/**
 * Marks an integration test class that runs on the run's {@link ClusterDesks}. Such a class runs after the shared
 * desk's classes (its class order is {@link ClusterDesks#ORDER}), and a run that holds one starts the cluster's boot
 * as it begins ({@link ClusterBootAhead}), beside the shared desk's boot and first tests, instead of holding up the
 * run for half a minute at the first cluster class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Order(ClusterDesks.ORDER)
public @interface OnClusterDesks {
}
