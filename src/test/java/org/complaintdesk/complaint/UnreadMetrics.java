package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.lang.reflect.Proxy;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The metric registry Payara gives the desk, as a sink: the use-case tests read no metric (MetricsIT does), and the
 * services only count and time into it. Every metric asked for is one whose updates go nowhere.
 */
@ApplicationScoped
public class UnreadMetrics {

    @Produces
    @ApplicationScoped
    MetricRegistry registry() {
        return sink(MetricRegistry.class);
    }

    private static <T> T sink(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            Class<?> returned = method.getReturnType();
            if (method.getName().equals("equals")) {
                return proxy == arguments[0];
            }
            if (method.getName().equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (returned.isInterface() && returned.getPackageName().startsWith("org.eclipse.microprofile.metrics")) {
                return sink(returned);
            }
            if (returned == boolean.class) {
                return false;
            }
            if (returned.isPrimitive() && returned != void.class) {
                return returned == long.class ? 0L : returned == double.class ? 0.0 : 0;
            }
            return null;
        }));
    }
}
