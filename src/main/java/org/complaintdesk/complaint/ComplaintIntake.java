package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.Role;
import org.complaintdesk.sla.ComplianceSummary;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.sla.ReplyWindow;
import org.complaintdesk.sla.SlaPolicies;
import org.complaintdesk.sla.SlaPolicy;
import org.complaintdesk.sla.SlaWindows;
import org.complaintdesk.workflow.ProcessTasks;

/** Logging a complaint: the row, its first deadline, its history and its process, in one transaction. */
@ApplicationScoped
public class ComplaintIntake {

    @Inject
    ComplaintRepository repository;

    @Inject
    HistoryLog history;

    @Inject
    InputValidation validation;

    @Inject
    SlaWindows windows;

    @Inject
    SlaPolicies policies;

    @Inject
    DeskClock clock;

    @Inject
    ComplianceSummary summary;

    @Inject
    ProcessTasks processes;

    @Inject
    CategoryCatalogue categories;

    @Inject
    NumberFates numberFates;

    @Inject
    Alerts alerts;

    @Inject
    ReplyWindows replyWindows;

    @Transactional
    public Complaint log(NewComplaint input, Actor actor) {
        if (!(actor.is(Role.AGENT) || actor.is(Role.TEAM_LEAD) || actor.is(Role.SUPERVISOR))) {
            throw ComplaintException.notAllowed("Only agents, team leads and supervisors log complaints");
        }
        return create(input, actor.username(), actor.team(), actor.username(), "");
    }

    /**
     * A complaint another system sends in (web form, chat, SMS gateway): logged in the name of the integration
     * and handed to the given agent, who apologises and records it as if they had taken the call.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Complaint logFromChannel(NewComplaint input, String integration, String agent, String team) {
        Complaint complaint = create(input, agent, team, "integration:" + integration, ", assigned to " + agent);
        // nobody took a call: the agent learns of it from the alert
        alerts.raise(Alert.toUser(complaint, Alert.Kind.ASSIGNED, agent, complaint.getReceivedAt(),
                AlertText.channelAssigned(complaint.getNumber(), complaint.getChannel(), integration)));
        return complaint;
    }

    private Complaint create(NewComplaint input, String agent, String team, String loggedBy, String note) {
        validation.check(input, "the complaint");
        if (!categories.isActive(input.category())) {
            throw ComplaintException.invalid("category", input.category() + " is not taken at intake: an administrator switched it off")
                    .because("categoryClosed", input.category());
        }
        Instant now = clock.now();
        Complaint complaint = new Complaint(input, now, agent, team);
        repository.persist(complaint);
        complaint.assignNumber(ComplaintNumbers.format(complaint.getId(), now, windows.timeZone()));
        numberFates.watch(complaint.getId(), complaint.getNumber());
        SlaPolicy policy = policies.current();
        complaint.holdTo(policy.version());
        ReplyWindow window = complaint.getCategory().hasReplyDeadline()
                ? policy.openWindow(team, now, complaint.getComplexity() == Complexity.COMPLEX) : null;
        if (window != null) {
            // recorded by ReplyWindows below, once the row it refers to is written
            complaint.openReplyWindow(window);
        }
        // the process's id chosen here, so that the row is written once, whole
        String processInstanceId = UUID.randomUUID().toString();
        complaint.linkProcess(processInstanceId);
        // the row now: the process started below may raise alerts (a harassment report) that refer to it, and JPA
        // does not know that order (alert.complaint_id is a plain column)
        repository.flush();

        Instant deadline = complaint.getReplyDeadline();
        if (deadline != null) {
            replyWindows.recordOpened(complaint, DeadlineRecord.Reason.INITIAL, now, loggedBy);
            summary.apply(now, ComplaintCounts.dimensions(complaint), ComplianceSummary.Change.LOGGED);
        }
        history.begin(complaint, now, loggedBy, "LOGGED",
                complaint.getChannel() + ", " + complaint.getCategory() + ", " + complaint.getComplexity()
                        + ", team " + (team == null ? "-" : team) + (deadline == null ? "" : ", reply due " + deadline) + ", SLA policy version " + policy.version() + note);
        processes.startComplaintProcess(processInstanceId, complaint.getNumber(), StartVariables.of(complaint, policy));
        return complaint;
    }
}
