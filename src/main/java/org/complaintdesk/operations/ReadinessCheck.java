package org.complaintdesk.operations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.complaintdesk.attention.Attention;
import org.complaintdesk.broadcast.AlertListening;
import org.complaintdesk.workflow.WorkflowEngine;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import javax.sql.DataSource;

/**
 * Ready when the database answers and the workflow engine runs with its job executor. It also tells how many
 * complaints need an administrator and how many engine jobs failed or were given up, and whether alerts raised on any
 * desk reach this desk's open pages live: figures for the operator, not reasons to take the desk out of service (it
 * serves every other complaint as before, and alerts wait in the inbox).
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    DataSource dataSource;

    @Inject
    WorkflowEngine workflowEngine;

    @Inject
    Attention attention;

    @Inject
    AlertListening alertListening;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        boolean engine = workflowEngine.isRunning();
        Attention.Counts counts = database && engine ? attention.counts() : new Attention.Counts(0, 0, 0);
        return HealthCheckResponse.named("complaint-desk")
                .withData("database", database ? "UP" : "DOWN")
                .withData("workflowEngine", engine ? "UP" : "DOWN")
                .withData("complaintsNeedingAttention", counts.complaints())
                .withData("engineDeadLetterJobs", counts.deadLetterJobs())
                .withData("engineFailingJobs", counts.failingJobs())
                .withData("liveAlerts", alertListening.isListening() ? "UP" : "DOWN")
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
