package org.complaintdesk.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Times every API call into one metric, {@code api_request_duration_seconds}, labelled by operation (method and path
 * template, as in the API description) and status class: one family for the whole API instead of one per Java class
 * and method, and no label per complaint number. Requests that match no operation (404, 405) are not timed.
 */
@Provider
@ApplicationScoped
public class ApiRequestTimer implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ApiRequestTimer.class.getName() + ".started";
    private static final Metadata DURATION = Metadata.builder().withName("api_request_duration").withUnit(MetricUnits.SECONDS)
            .withDescription("Time to answer an API call, by operation (method and path template) and status class (2xx, 4xx, 5xx)")
            .build();

    @Inject
    MetricRegistry registry;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        Method method = resource == null ? null : resource.getResourceMethod();
        if (!(started instanceof Long) || method == null) {
            return;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - (Long) started);
        registry.timer(DURATION, new Tag("operation", operation(request.getMethod(), resource.getResourceClass(), method)),
                new Tag("status", response.getStatus() / 100 + "xx")).update(took);
    }

    /** "POST /api/complaints/{number}/rate": the method and the path template the call matched. */
    static String operation(String httpMethod, Class<?> resourceClass, Method method) {
        StringBuilder path = new StringBuilder("/api");
        append(path, resourceClass.getAnnotation(Path.class));
        append(path, method.getAnnotation(Path.class));
        return httpMethod + " " + path;
    }

    private static void append(StringBuilder path, Path segment) {
        if (segment == null) {
            return;
        }
        String value = segment.value().replaceAll("^/+|/+$", "");
        if (!value.isEmpty()) {
            path.append('/').append(value);
        }
    }
}
