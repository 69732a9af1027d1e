package org.complaintdesk.complaint;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.complaintdesk.sla.BusinessCalendar;
import org.complaintdesk.sla.SlaWindows;
import org.complaintdesk.workflow.ComplaintProcess;

/** The variables a complaint's process starts with: at intake, and when an administrator's move starts it anew. */
final class StartVariables {

    private StartVariables() {
    }

    /**
     * The warning is at the policy's share of the window from receipt to the reply deadline, as at intake, counted in
     * the complaint's team's {@code calendar}.
     */
    static Map<String, Object> of(Complaint complaint, SlaWindows windows, BusinessCalendar calendar) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintProcess.VAR_COMPLAINT_ID, complaint.getId());
        variables.put(ComplaintProcess.VAR_CATEGORY, complaint.getCategory().name());
        variables.put(ComplaintProcess.VAR_LOGGING_AGENT, complaint.getLoggingAgent());
        variables.put(ComplaintProcess.VAR_TEAM, complaint.getTeamCode());
        Instant deadline = complaint.getReplyDeadline();
        if (deadline != null) {
            variables.put(ComplaintProcess.VAR_REPLY_DEADLINE, Date.from(deadline));
            variables.put(ComplaintProcess.VAR_REPLY_WARNING_AT, Date.from(windows.warningAt(calendar, complaint.getReceivedAt(), deadline)));
        }
        return variables;
    }
}
