package org.complaintdesk.complaint;

import org.complaintdesk.complaint.Steps.Outcome;
import org.complaintdesk.workflow.ComplaintProcess.Route;

/**
 * Where apologise-and-record sends a complaint: the one home of DOMAIN.md sections 18 to 20 at that step. An attitude
 * complaint goes to the team lead whatever the agent chose (section 18), so does a mistake whose apology the customer
 * did not accept (section 19); otherwise the agent's choice stands: resolved on the spot, or a reply within the window
 * (section 20). The process's gateway "Outcome of apology?" follows the route.
 */
final class ApologyRouting {

    private ApologyRouting() {
    }

    static Route route(Category category, boolean apologyAccepted, Outcome chosen) {
        boolean leadMustHandle = category == Category.AGENT_ATTITUDE || (category == Category.AGENT_MISTAKE && !apologyAccepted);
        if (leadMustHandle || chosen == Outcome.ESCALATE) {
            return Route.ESCALATE;
        }
        return chosen == Outcome.RESOLVED ? Route.RESOLVED : Route.NEEDS_REPLY;
    }
}
