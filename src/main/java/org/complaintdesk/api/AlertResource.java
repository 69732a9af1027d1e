package org.complaintdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.annotation.Timed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.complaintdesk.api.ApiViews.AlertView;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.security.Actor;

/** /api/alerts: the caller's alerts, and marking one read. */
@Path("alerts")
@RequestScoped
@Timed(description = "Time to answer this API call")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR", "AUDITOR", "ADMIN"})
public class AlertResource {

    @Inject
    ComplaintQueries queries;

    @Inject
    Actor actor;

    @GET
    public List<AlertView> alerts(@QueryParam("unread") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        return queries.alertsFor(actor, unreadOnly, Math.max(1, Math.min(limit, 500))).stream().map(AlertView::of).toList();
    }

    @POST
    @Path("{id}/read")
    @RolesAllowed({"AGENT", "TEAM_LEAD", "SUPERVISOR", "ADMIN"})
    public AlertView markRead(@PathParam("id") long id) {
        return AlertView.of(queries.markRead(id, actor));
    }
}
