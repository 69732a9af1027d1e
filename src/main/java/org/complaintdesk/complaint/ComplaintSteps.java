package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.complaintdesk.complaint.Steps.Decision;
import org.complaintdesk.complaint.Steps.Outcome;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.Role;
import org.complaintdesk.sla.ComplianceSummary;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.sla.SlaWindows;
import org.complaintdesk.workflow.ComplaintProcess;
import org.complaintdesk.workflow.ProcessTasks;
import org.complaintdesk.workflow.ProcessTasks.OpenTask;

/**
 * The steps people take on a complaint. Each checks, in this order, that the complaint exists (404), that the
 * caller may act (403), that the input is valid (400) and that the step is open now (409), before it changes
 * anything; then the row, its history and the process move in one transaction.
 */
@ApplicationScoped
public class ComplaintSteps {

    @Inject
    ComplaintRepository repository;

    @Inject
    HistoryLog history;

    @Inject
    InputValidation validation;

    @Inject
    ProcessTasks tasks;

    @Inject
    SlaWindows windows;

    @Inject
    DeskClock clock;

    @Inject
    ComplianceSummary summary;

    @Transactional
    public Complaint apologiseAndRecord(String number, Steps.Apology input, Actor actor) {
        Complaint complaint = loggedBy(number, actor);
        validation.check(input, "the apology and record");
        OpenTask task = openTask(complaint, ComplaintProcess.TASK_APOLOGISE_AND_RECORD);
        Instant now = clock.now();
        complaint.recordApology(input.apologyOffered(), input.apologyAccepted(), input.contactConfirmed(),
                input.restatement(), input.keyProblem());
        if (input.complexity() != complaint.getComplexity()) {
            changeComplexity(complaint, input.complexity(), DeadlineRecord.Reason.RECLASSIFIED, now, actor, "confirmed at apology");
        }
        String route;
        if (complaint.getCategory().escalatesAtOnce(input.apologyAccepted()) || input.outcome() == Outcome.ESCALATE) {
            route = ComplaintProcess.ROUTE_ESCALATE;
        } else if (input.outcome() == Outcome.RESOLVED) {
            route = ComplaintProcess.ROUTE_RESOLVED;
            complaint.setResolution(input.resolution());
            complaint.recordReply(input.resolution(), complaint.getChannel(), true, now);
            countReply(complaint);
        } else {
            route = ComplaintProcess.ROUTE_NEEDS_REPLY;
            complaint.setStatus(ComplaintStatus.AWAITING_REPLY);
        }
        history.append(complaint, now, actor.username(), "APOLOGISED_AND_RECORDED",
                "apology offered " + input.apologyOffered() + ", accepted " + input.apologyAccepted()
                        + ", contact confirmed " + input.contactConfirmed() + ", outcome " + input.outcome() + ", route " + route,
                input.resolution());
        tasks.complete(task.id(), Map.of(ComplaintProcess.VAR_ROUTE, route));
        return complaint;
    }

    @Transactional
    public Complaint forwardSuggestion(String number, Steps.SuggestionForward input, Actor actor) {
        Complaint complaint = loggedBy(number, actor);
        validation.check(input, "the forwarding");
        OpenTask task = openTask(complaint, ComplaintProcess.TASK_FORWARD_SUGGESTION);
        complaint.setForwardedTo(input.forwardedTo());
        history.append(complaint, clock.now(), actor.username(), "SUGGESTION_FORWARDED", "to " + input.forwardedTo(), input.note());
        tasks.complete(task.id(), Map.of());
        return complaint;
    }

    /** The agent's clear reply (task_reply, or task_replyAsInstructed after a hand-back). */
    @Transactional
    public Complaint reply(String number, String taskKey, Steps.Reply input, Actor actor) {
        Complaint complaint = loggedBy(number, actor);
        validation.check(input, "the reply");
        OpenTask task = openTask(complaint, taskKey);
        recordReply(complaint, input.reply(), input.replyChannel(), input.customerUnderstood(), actor);
        tasks.complete(task.id(), Map.of());
        return complaint;
    }

    /** A team lead's (task_teamLeadHandle) or supervisor's (task_supervisorHandle) decision. */
    @Transactional
    public Complaint decide(String number, String taskKey, Steps.LeadDecision input, Actor actor) {
        Complaint complaint = find(number);
        mayHandleEscalation(complaint, taskKey, actor);
        validation.check(input, "the decision");
        OpenTask task = openTask(complaint, taskKey);
        notClaimedByAnother(task, actor);
        if (input.decision() == Decision.REPLIED) {
            recordReply(complaint, input.reply(), input.replyChannel(), input.customerUnderstood(), actor);
        } else {
            complaint.setStatus(ComplaintStatus.AWAITING_REPLY);
            history.append(complaint, clock.now(), actor.username(), "HANDED_BACK", "to " + complaint.getLoggingAgent(), input.instruction());
        }
        tasks.complete(task.id(), Map.of(ComplaintProcess.VAR_DECISION, input.decision().name()));
        return complaint;
    }

    @Transactional
    public Complaint claim(String number, Actor actor) {
        Complaint complaint = find(number);
        OpenTask task = escalationTask(complaint, actor);
        notClaimedByAnother(task, actor);
        tasks.claim(task.id(), actor.username());
        history.append(repository.lockForChange(complaint), clock.now(), actor.username(), "CLAIMED", task.key(), null);
        return complaint;
    }

    /** The team lead's (or supervisor's) contact with the customer (DOMAIN.md section 19: at once). */
    @Transactional
    public Complaint recordContact(String number, Steps.Contact input, Actor actor) {
        Complaint complaint = find(number);
        escalationTask(complaint, actor);
        validation.check(input, "the contact");
        Instant now = clock.now();
        complaint.setLeadContactedAt(now);
        history.append(repository.lockForChange(complaint), now, actor.username(), "CUSTOMER_CONTACTED", null, input.note());
        return complaint;
    }

    /** A team lead changes the complexity: the deadline is recomputed from the time of receipt. */
    @Transactional
    public Complaint reclassify(String number, Steps.Reclassification input, Actor actor) {
        Complaint complaint = find(number);
        if (!actor.leads(complaint.getTeamCode())) {
            throw ComplaintException.notAllowed("Only a team lead of team " + complaint.getTeamCode() + " or a supervisor reclassifies");
        }
        validation.check(input, "the reclassification");
        if (input.version() != null && input.version() != complaint.getVersion()) {
            throw ComplaintException.conflict("The complaint changed meanwhile (version " + complaint.getVersion()
                    + ", not " + input.version() + "); reload it and try again");
        }
        if (complaint.getStatus() == ComplaintStatus.CLOSED || !complaint.getCategory().hasReplyDeadline()) {
            throw ComplaintException.conflict("Complaint " + number + " has no open reply deadline to reclassify");
        }
        if (input.complexity() != complaint.getComplexity()) {
            changeComplexity(repository.lockForChange(complaint), input.complexity(), DeadlineRecord.Reason.RECLASSIFIED,
                    clock.now(), actor, input.reason());
        }
        return complaint;
    }

    @Transactional
    public Complaint qualityReview(String number, Steps.QualityReview input, Actor actor) {
        Complaint complaint = find(number);
        if (!actor.leads(complaint.getTeamCode())) {
            throw ComplaintException.notAllowed("Only a team lead of team " + complaint.getTeamCode() + " or a supervisor reviews");
        }
        validation.check(input, "the review");
        OpenTask task = openTask(complaint, ComplaintProcess.TASK_QUALITY_REVIEW);
        history.append(complaint, clock.now(), actor.username(), "QUALITY_REVIEWED", null, input.findings());
        tasks.complete(task.id(), Map.of());
        return complaint;
    }

    /** The customer's 1-4 rating after closing: 4 reopens, 3 opens a quality review (in the process). */
    @Transactional
    public Complaint rate(String number, Steps.Rating input, Actor actor) {
        Complaint complaint = find(number);
        if (actor.is(Role.AUDITOR)) {
            throw ComplaintException.notAllowed("Auditors read, they do not record ratings");
        }
        validation.check(input, "the rating");
        String execution = tasks.ratingWaitExecution(complaint.getProcessInstanceId()).orElseThrow(() ->
                ComplaintException.conflict("Complaint " + number + " is not waiting for a rating"));
        complaint.setRating(input.rating());
        history.append(repository.lockForChange(complaint), clock.now(), actor.username(), "RATED", "rating " + input.rating(), null);
        tasks.trigger(execution, Map.of(ComplaintProcess.VAR_RATING, input.rating()));
        return complaint;
    }

    private void recordReply(Complaint complaint, String reply, Channel channel, boolean understood, Actor actor) {
        Instant now = clock.now();
        complaint.recordReply(reply, channel, understood, now);
        countReply(complaint);
        history.append(complaint, now, actor.username(), "REPLIED",
                "via " + channel + ", understood " + understood + ", " + (Boolean.TRUE.equals(complaint.getSlaMet())
                        ? "within the deadline" : complaint.getMinutesLate() + " minute(s) late"), reply);
    }

    private void countReply(Complaint complaint) {
        if (complaint.getSlaMet() != null) {
            summary.apply(complaint.getReceivedAt(), complaint.dimensions(), ComplianceSummary.Change.replied(complaint.getSlaMet()));
        }
    }

    private void changeComplexity(Complaint complaint, Complexity complexity, DeadlineRecord.Reason reason, Instant now,
            Actor actor, String why) {
        Complexity before = complaint.getComplexity();
        summary.moveComplexity(complaint.getReceivedAt(), complaint.dimensions(), complexity.name(), complaint.counted());
        complaint.setComplexity(complexity);
        Instant deadline = windows.replyDeadline(complaint.getReceivedAt(), complexity == Complexity.COMPLEX);
        complaint.setReplyDeadline(deadline);
        repository.persist(new DeadlineRecord(complaint.getId(), deadline, complexity, reason, now, actor.username()));
        history.append(complaint, now, actor.username(), "RECLASSIFIED",
                "complexity " + before + " -> " + complexity + ", reply due " + deadline, why);
        Instant warningAt = windows.warningAt(complaint.getReceivedAt(), deadline);
        tasks.setVariables(complaint.getProcessInstanceId(), Map.of(
                ComplaintProcess.VAR_COMPLEXITY, complexity.name(),
                ComplaintProcess.VAR_REPLY_DEADLINE, Date.from(deadline),
                ComplaintProcess.VAR_REPLY_WARNING_AT, Date.from(warningAt)));
        // an agent's reply already under way keeps its timers: they move with the deadline
        tasks.moveReplyDeadline(complaint.getProcessInstanceId(), warningAt, deadline);
    }

    private Complaint find(String number) {
        return repository.findByNumber(number).orElseThrow(() -> ComplaintException.notFound(number));
    }

    private Complaint loggedBy(String number, Actor actor) {
        Complaint complaint = find(number);
        if (!actor.username().equals(complaint.getLoggingAgent())) {
            throw ComplaintException.notAllowed("Only the agent who logged " + number + " takes this step");
        }
        return complaint;
    }

    private OpenTask openTask(Complaint complaint, String taskKey) {
        return tasks.find(complaint.getProcessInstanceId(), taskKey).orElseThrow(() -> ComplaintException.conflict(
                "Complaint " + complaint.getNumber() + " has no open step " + taskKey + " now"));
    }

    private void mayHandleEscalation(Complaint complaint, String taskKey, Actor actor) {
        boolean allowed = ComplaintProcess.TASK_SUPERVISOR_HANDLE.equals(taskKey)
                ? actor.is(Role.SUPERVISOR) : actor.leads(complaint.getTeamCode());
        if (!allowed) {
            throw ComplaintException.notAllowed("This escalation of " + complaint.getNumber() + " is not for you");
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
        if (!actor.leads(complaint.getTeamCode())) {
            throw ComplaintException.notAllowed("Escalations of team " + complaint.getTeamCode() + " are not for you");
        }
        throw ComplaintException.conflict("Complaint " + complaint.getNumber() + " is not escalated now");
    }

    private static void notClaimedByAnother(OpenTask task, Actor actor) {
        if (task.assignee() != null && !task.assignee().equals(actor.username()) && !actor.is(Role.SUPERVISOR)) {
            throw ComplaintException.conflict("Already claimed by " + task.assignee());
        }
    }
}
