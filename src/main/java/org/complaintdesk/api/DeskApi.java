package org.complaintdesk.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API's root: every resource lives under /api; its description is served at /openapi. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Complaint Desk API", version = "1",
                description = "Log complaints, move them through their process, read alerts, and audit SLA compliance."
                        + " Errors are application/problem+json. See docs/API.md."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "A desk user's name and password; for the occasional call (each costs a slow password check)")
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal access token `cdp_...`, created with POST /api/me/tokens")
public class DeskApi extends Application {
}
