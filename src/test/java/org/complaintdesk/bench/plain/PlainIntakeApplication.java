package org.complaintdesk.bench.plain;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS at the root of the reference application. */
@ApplicationPath("/")
public class PlainIntakeApplication extends Application {
}
