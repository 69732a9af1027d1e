package org.complaintdesk.api;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.Bulkhead;

/**
 * How many complaints the API logs at once, through both doors (people's and integrations'): one more is refused at
 * once with 503 and Retry-After ({@link ProblemMapper}) instead of waiting for a database connection until its client
 * gives up. An intake holds one of the pool's 32 connections for its whole transaction; the timers, the screens and
 * the other calls keep the rest. MicroProfile Config changes the limit:
 * {@code org.complaintdesk.api.IntakeBulkhead/admit/Bulkhead/value}.
 */
@ApplicationScoped
public class IntakeBulkhead {

    /**
     * About what keeps two cores busy: at 8 clients the desk already logs as many complaints a second as it can
     * (BENCHMARKS.md, intake), and each intake admitted beyond that only makes every admitted one slower; under 64
     * clients 12 at once left the slowest answer above 2 s.
     */
    static final int CONCURRENT_INTAKES = 8;

    @Bulkhead(CONCURRENT_INTAKES)
    public <T> T admit(Supplier<T> intake) {
        return intake.get();
    }
}
