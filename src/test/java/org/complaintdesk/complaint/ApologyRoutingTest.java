package org.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintdesk.complaint.Steps.Outcome;
import org.complaintdesk.workflow.ComplaintProcess.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApologyRoutingTest {

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void anAttitudeComplaintGoesToTheTeamLeadWhateverTheAgentChose(Outcome chosen) {
        assertThat(ApologyRouting.route(Category.AGENT_ATTITUDE, true, chosen)).isEqualTo(Route.ESCALATE);
    }

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void aMistakeWhoseApologyWasNotAcceptedGoesToTheTeamLead(Outcome chosen) {
        assertThat(ApologyRouting.route(Category.AGENT_MISTAKE, false, chosen)).isEqualTo(Route.ESCALATE);
    }

    @Test
    void otherwiseTheAgentsChoiceStands() {
        assertThat(ApologyRouting.route(Category.AGENT_MISTAKE, true, Outcome.RESOLVED)).isEqualTo(Route.RESOLVED);
        assertThat(ApologyRouting.route(Category.AGENT_MISTAKE, true, Outcome.NEEDS_REPLY)).isEqualTo(Route.NEEDS_REPLY);
        assertThat(ApologyRouting.route(Category.BILLING, false, Outcome.NEEDS_REPLY)).as("not accepted, but not about an agent")
                .isEqualTo(Route.NEEDS_REPLY);
        assertThat(ApologyRouting.route(Category.BILLING, true, Outcome.ESCALATE)).isEqualTo(Route.ESCALATE);
    }
}
