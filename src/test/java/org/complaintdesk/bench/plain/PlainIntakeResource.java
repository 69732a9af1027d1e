package org.complaintdesk.bench.plain;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/** POST /plain/complaints starts one process with the complaint's fields as variables; GET /plain/ready for the launcher. */
@Path("plain")
@RequestScoped
public class PlainIntakeResource {

    @Inject
    PlainEngine engine;

    @POST
    @Path("complaints")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response log(JsonObject complaint) {
        Instant now = Instant.now();
        Map<String, Object> variables = Map.of(
                "customerSurname", complaint.getString("customerSurname"),
                "contactPhone", complaint.getString("contactPhone"),
                "category", complaint.getString("category"),
                "complexity", complaint.getString("complexity"),
                "warningAt", Date.from(now.plus(Duration.ofMinutes(90))),
                "replyDeadline", Date.from(now.plus(Duration.ofHours(2))));
        String id = engine.engine().getRuntimeService().startProcessInstanceByKey("plainIntake", variables).getId();
        return Response.status(201).entity(Json.createObjectBuilder().add("id", id).build()).build();
    }

    @GET
    @Path("ready")
    @Produces(MediaType.APPLICATION_JSON)
    public String ready() {
        return "{\"status\":\"UP\"}";
    }
}
