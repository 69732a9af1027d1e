package org.complaintdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.complaintdesk.workflow.WorkflowEngine;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import javax.sql.DataSource;

/** Ready when the database answers and the workflow engine runs with its job executor. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    DataSource dataSource;

    @Inject
    WorkflowEngine workflowEngine;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        boolean engine = workflowEngine.isRunning();
        return HealthCheckResponse.named("complaint-desk")
                .withData("database", database ? "UP" : "DOWN")
                .withData("workflowEngine", engine ? "UP" : "DOWN")
                .status(database && engine)
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }
}
