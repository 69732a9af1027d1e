package org.complaintdesk.complaint;

import org.complaintdesk.sla.ComplianceSummary;

/** What a complaint counts for in the compliance summary: kept out of the entity, which knows nothing of reporting. */
final class ComplaintCounts {

    private ComplaintCounts() {
    }

    /** The complaint's values along the dimensions of the compliance summary. */
    static ComplianceSummary.Dimensions dimensions(Complaint complaint) {
        return new ComplianceSummary.Dimensions(complaint.getTeamCode(), complaint.getLoggingAgent(),
                complaint.getCategory().name(), complaint.getComplexity().name(), complaint.getChannel().name());
    }

    /** What the complaint counts for now (nothing without a reply deadline). */
    static ComplianceSummary.Change counted(Complaint complaint) {
        PromisedReply reply = complaint.getPromisedReply();
        if (reply.deadline() == null) {
            return new ComplianceSummary.Change(0, 0, 0, 0, 0, 0);
        }
        int replied = reply.slaMet() == null ? 0 : 1;
        int met = Boolean.TRUE.equals(reply.slaMet()) ? 1 : 0;
        long paused = reply.pausedSeconds();
        return new ComplianceSummary.Change(1, replied, met, replied - met, paused > 0 ? 1 : 0, paused);
    }
}
