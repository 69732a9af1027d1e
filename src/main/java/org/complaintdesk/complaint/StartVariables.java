package org.complaintdesk.complaint;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.complaintdesk.sla.SlaPolicy;
import org.complaintdesk.workflow.ComplaintProcess;

/** The variables a complaint's process starts with: at intake, and when an administrator's move starts it anew. */
final class StartVariables {

    private StartVariables() {
    }

    /**
     * The warning is at the policy's share of the window from receipt to the reply deadline, as at intake, counted in
     * the complaint's team's calendar of the complaint's own policy version.
     */
    static Map<String, Object> of(Complaint complaint, SlaPolicy policy) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintProcess.VAR_COMPLAINT_ID, complaint.getId());
        variables.put(ComplaintProcess.VAR_CATEGORY, complaint.getCategory().name());
        variables.put(ComplaintProcess.VAR_LOGGING_AGENT, complaint.getLoggingAgent());
        variables.put(ComplaintProcess.VAR_TEAM, complaint.getTeamCode());
        Instant deadline = complaint.getReplyDeadline();
        if (deadline != null) {
            variables.put(ComplaintProcess.VAR_REPLY_DEADLINE, Date.from(deadline));
            variables.put(ComplaintProcess.VAR_REPLY_WARNING_AT, Date.from(policy.warningAt(complaint.getTeamCode(), complaint.getReceivedAt(), deadline)));
        }
        return variables;
    }
}
