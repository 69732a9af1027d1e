package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.complaintdesk.platform.RetriedOnConflict;
import java.time.Instant;
import java.util.Map;
import org.complaintdesk.workflow.ComplaintProcess.Decision;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.Role;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.workflow.ComplaintProcess;
import org.complaintdesk.workflow.ProcessTasks;
import org.complaintdesk.workflow.ProcessTasks.OpenTask;

/**
 * The team leads' and supervisors' steps on an escalated complaint: claim, contact the customer, reply or hand
 * back, reclassify, review. Same order of checks as {@link ComplaintSteps}: 404, 403, 400, 409, then one transaction.
 */
@ApplicationScoped
@RetriedOnConflict
public class EscalationSteps {

    @Inject
    ComplaintRepository repository;

    @Inject
    HistoryLog history;

    @Inject
    InputValidation validation;

    @Inject
    ProcessTasks tasks;

    @Inject
    DeskClock clock;

    @Inject
    StepSupport support;

    /** A team lead's (task_teamLeadHandle) or supervisor's (task_supervisorHandle) decision. */
    @Transactional
    public Complaint decide(String number, String taskKey, Steps.LeadDecision input, Actor actor) {
        Complaint complaint = support.find(number);
        mayHandleEscalation(complaint, taskKey, actor);
        validation.check(input, "the decision");
        OpenTask task = support.openTask(complaint, taskKey);
        notClaimedByAnother(task, actor);
        if (input.decision() == Decision.REPLIED) {
            support.recordReply(complaint, input.reply(), input.replyChannel(), input.customerUnderstood(), actor);
        } else {
            complaint.awaitReply();
            history.append(complaint, clock.now(), actor.username(), "HANDED_BACK", "to " + complaint.getLoggingAgent(), input.instruction());
        }
        tasks.complete(task.id(), Map.of(ComplaintProcess.VAR_DECISION, input.decision().name()));
        return complaint;
    }

    @Transactional
    public Complaint claim(String number, Actor actor) {
        Complaint complaint = support.find(number);
        OpenTask task = escalationTask(complaint, actor);
        notClaimedByAnother(task, actor);
        tasks.claim(task.id(), actor.username());
        history.append(repository.lockForChange(complaint), clock.now(), actor.username(), "CLAIMED", task.key(), null);
        return complaint;
    }

    /** The team lead's (or supervisor's) contact with the customer (DOMAIN.md section 19: at once). */
    @Transactional
    public Complaint recordContact(String number, Steps.Contact input, Actor actor) {
        Complaint complaint = support.find(number);
        escalationTask(complaint, actor);
        validation.check(input, "the contact");
        Instant now = clock.now();
        complaint.leadContacted(now);
        history.append(repository.lockForChange(complaint), now, actor.username(), "CUSTOMER_CONTACTED", null, input.note());
        return complaint;
    }

    /** A team lead changes the complexity: the deadline is recomputed from the time of receipt. */
    @Transactional
    public Complaint reclassify(String number, Steps.Reclassification input, Actor actor) {
        Complaint complaint = support.find(number);
        StepSupport.mustLead(complaint, actor, "reclassifies");
        validation.check(input, "the reclassification");
        if (input.version() != null && input.version() != complaint.getVersion()) {
            throw ComplaintException.conflict("The complaint changed meanwhile (version " + complaint.getVersion()
                    + ", not " + input.version() + "); reload it and try again").because("changedMeanwhile", complaint.getNumber());
        }
        if (complaint.getStatus() == ComplaintStatus.CLOSED || !complaint.getCategory().hasReplyDeadline()) {
            throw ComplaintException.conflict("Complaint " + number + " has no open reply deadline to reclassify")
                    .because("nothingToReclassify", number);
        }
        if (input.complexity() != complaint.getComplexity()) {
            support.changeComplexity(repository.lockForChange(complaint), input.complexity(), DeadlineRecord.Reason.RECLASSIFIED,
                    clock.now(), actor, input.reason());
        }
        return complaint;
    }

    @Transactional
    public Complaint qualityReview(String number, Steps.QualityReview input, Actor actor) {
        Complaint complaint = support.find(number);
        StepSupport.mustLead(complaint, actor, "reviews");
        validation.check(input, "the review");
        OpenTask task = support.openTask(complaint, ComplaintProcess.TASK_QUALITY_REVIEW);
        history.append(complaint, clock.now(), actor.username(), "QUALITY_REVIEWED", null, input.findings());
        tasks.complete(task.id(), Map.of());
        return complaint;
    }

    private void mayHandleEscalation(Complaint complaint, String taskKey, Actor actor) {
        boolean allowed = ComplaintProcess.TASK_SUPERVISOR_HANDLE.equals(taskKey)
                ? actor.is(Role.SUPERVISOR) : actor.leads(complaint.getTeamCode());
        if (!allowed) {
            throw ComplaintException.notAllowed("This escalation of " + complaint.getNumber() + " is not for you")
                    .because("notYourEscalation", complaint.getNumber());
        }
    }

    /** The open team lead's or supervisor's task that the actor may handle. */
    private OpenTask escalationTask(Complaint complaint, Actor actor) {
        for (String key : new String[] {ComplaintProcess.TASK_SUPERVISOR_HANDLE, ComplaintProcess.TASK_TEAM_LEAD_HANDLE}) {
            var task = tasks.find(complaint.getProcessInstanceId(), key);
            if (task.isPresent()) {
                mayHandleEscalation(complaint, key, actor);
                return task.get();
            }
        }
        StepSupport.mustLead(complaint, actor, "handles its escalations");
        throw ComplaintException.conflict("Complaint " + complaint.getNumber() + " is not escalated now")
                .because("notEscalated", complaint.getNumber());
    }

    private static void notClaimedByAnother(OpenTask task, Actor actor) {
        if (task.assignee() != null && !task.assignee().equals(actor.username()) && !actor.is(Role.SUPERVISOR)) {
            throw ComplaintException.conflict("Already claimed by " + task.assignee()).because("alreadyClaimed", task.assignee());
        }
    }
}
