package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.sla.SlaPolicies;
import org.complaintdesk.sla.SlaPolicy;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** /api/sla-policies: the versions of the SLA policy, each holding the complaints received under it. */
@Path("sla-policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"TEAM_LEAD", "SUPERVISOR", "AUDITOR", "ADMIN"})
@Tag(name = "Audit", description = "SLA truth for auditors, read-only (AUDITOR, SUPERVISOR, ADMIN)")
public class SlaPolicyResource {

    /** A team's calendar as the version copied it. */
    public record TeamCalendarView(String calendar, String name, String timeZone, String week, String days) {
    }

    /** One version: when and by whom it was made, its windows and the teams' calendars (a team not listed: round the clock). */
    public record PolicyView(int version, Instant since, String by, String timeZone, Map<String, String> windows,
            Map<String, TeamCalendarView> calendars) {

        static PolicyView of(SlaPolicy policy) {
            Map<String, TeamCalendarView> calendars = new LinkedHashMap<>();
            policy.calendars().forEach((team, c) -> calendars.put(team,
                    new TeamCalendarView(c.calendarCode(), c.calendarName(), c.timeZone(), c.week(), c.days())));
            return new PolicyView(policy.version(), policy.since(), policy.by(), policy.zone().getId(), policy.windows(), calendars);
        }
    }

    @Inject
    SlaPolicies policies;

    @GET
    @Operation(operationId = "listSlaPolicies", summary = "Every SLA policy version, the one in force first",
            description = "A new version is made by each administrator's change of a window or of a team's calendar, and at"
                    + " a start whose configured windows differ from the newest version. A complaint is held to the version it"
                    + " was received under (its `policyVersion`).")
    @APIResponse(responseCode = "200", description = "The versions, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView[].class),
                    examples = @ExampleObject(name = "policyList")))
    @APIResponse(responseCode = "403", description = "Only team leads, supervisors, auditors and administrators read the policy",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    public List<PolicyView> list() {
        return policies.versions().stream().map(policies::of).map(PolicyView::of).toList();
    }

    @GET
    @Path("{version}")
    @Operation(operationId = "getSlaPolicy", summary = "One SLA policy version")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PolicyView.class),
                    examples = @ExampleObject(name = "policyVersion3")))
    @APIResponse(responseCode = "403", description = "Only team leads, supervisors, auditors and administrators read the policy",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "problemRole")))
    @APIResponse(responseCode = "404", description = "No version has this number",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "policyUnknown")))
    public PolicyView get(@Parameter(description = "the version's number", example = "3") @PathParam("version") String version) {
        int number;
        try {
            number = Integer.parseInt(version);
        } catch (NumberFormatException notANumber) {
            throw ComplaintException.unknown("SLA policy version", "an SLA policy version is a whole number such as 3");
        }
        try {
            return PolicyView.of(policies.of(number));
        } catch (IllegalArgumentException none) {
            throw ComplaintException.unknown("SLA policy version", "no SLA policy version " + number);
        }
    }
}
