package org.complaintdesk.it.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * A test class that does not use the shared desk: its desks are the run's {@link ClusterDesks} or one of its own. It
 * runs in the {@link SecondLane}, beside the shared desk's classes, after the lane's classes planned before it. Its
 * own test methods may run at once too (the lane's mode is concurrent, and a method inherits its class's), so each
 * keeps to its own complaints and users, as on the shared desk.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ExtendWith(SecondLane.class)
public @interface OffSharedDesk {
}
