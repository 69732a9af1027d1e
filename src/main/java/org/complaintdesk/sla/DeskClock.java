package org.complaintdesk.sla;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.complaintdesk.workflow.WorkflowEngine;

/**
 * The desk's one clock: the workflow engine's. Deadlines are computed and timers fire on the same time
 * line, so a test or a demo that moves the engine clock moves the whole desk consistently.
 */
@Named("deskClock")
@ApplicationScoped
public class DeskClock {

    @Inject
    WorkflowEngine workflowEngine;

    public Instant now() {
        if (!workflowEngine.isBuilt()) {
            // the first steps of the start (the SLA policy's first version), before the engine exists: its clock
            // starts as the system's, so this is the time it would read
            return Instant.now();
        }
        return workflowEngine.engine().getProcessEngineConfiguration().getClock().getCurrentTime().toInstant();
    }
}
