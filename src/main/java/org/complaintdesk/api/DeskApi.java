package org.complaintdesk.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API's root: every resource lives under /api. */
@ApplicationPath("api")
public class DeskApi extends Application {
}
