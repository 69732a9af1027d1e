package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.complaintdesk.platform.RetriedOnConflict;
import java.time.Instant;
import java.util.Map;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.Role;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.workflow.ComplaintProcess;
import org.complaintdesk.workflow.ComplaintProcess.Route;
import org.complaintdesk.workflow.ProcessTasks;
import org.complaintdesk.workflow.ProcessTasks.OpenTask;

/**
 * The agents' steps on a complaint, and the customer's rating (the team leads' are {@link EscalationSteps}). Each checks, in this order, that the complaint exists (404), that the
 * caller may act (403), that the input is valid (400) and that the step is open now (409), before it changes
 * anything; then the row, its history and the process move in one transaction.
 */
@ApplicationScoped
@RetriedOnConflict
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
    DeskClock clock;

    @Inject
    StepSupport support;

    @Inject
    PauseLedger pauses;

    @Transactional
    public Complaint apologiseAndRecord(String number, Steps.Apology input, Actor actor) {
        Complaint complaint = loggedBy(number, actor);
        validation.check(input, "the apology and record");
        pauses.resumeForStep(complaint, actor);
        OpenTask task = support.openTask(complaint, ComplaintProcess.TASK_APOLOGISE_AND_RECORD);
        Instant now = clock.now();
        complaint.recordApology(input.apologyOffered(), input.apologyAccepted(), input.contactConfirmed(),
                input.restatement(), input.keyProblem());
        if (input.complexity() != complaint.getComplexity()) {
            support.changeComplexity(complaint, input.complexity(), DeadlineRecord.Reason.RECLASSIFIED, now, actor, "confirmed at apology");
        }
        Route route = ApologyRouting.route(complaint.getCategory(), input.apologyAccepted(), input.outcome());
        if (route == Route.RESOLVED) {
            complaint.resolveOnSpot(input.resolution(), now);
            support.countReply(complaint);
        } else if (route == Route.NEEDS_REPLY) {
            complaint.awaitReply();
        }
        history.append(complaint, now, actor.username(), "APOLOGISED_AND_RECORDED",
                "apology offered " + input.apologyOffered() + ", accepted " + input.apologyAccepted()
                        + ", contact confirmed " + input.contactConfirmed() + ", outcome " + input.outcome() + ", route " + route,
                input.resolution());
        tasks.complete(task.id(), Map.of(ComplaintProcess.VAR_ROUTE, route.name()));
        return complaint;
    }

    @Transactional
    public Complaint forwardSuggestion(String number, Steps.SuggestionForward input, Actor actor) {
        Complaint complaint = loggedBy(number, actor);
        validation.check(input, "the forwarding");
        OpenTask task = support.openTask(complaint, ComplaintProcess.TASK_FORWARD_SUGGESTION);
        complaint.forwardTo(input.forwardedTo());
        history.append(complaint, clock.now(), actor.username(), "SUGGESTION_FORWARDED", "to " + input.forwardedTo(), input.note());
        tasks.complete(task.id(), Map.of());
        return complaint;
    }

    /** The agent's clear reply (task_reply, or task_replyAsInstructed after a hand-back). */
    @Transactional
    public Complaint reply(String number, String taskKey, Steps.Reply input, Actor actor) {
        Complaint complaint = loggedBy(number, actor);
        validation.check(input, "the reply");
        pauses.resumeForStep(complaint, actor);
        OpenTask task = support.openTask(complaint, taskKey);
        support.recordReply(complaint, input.reply(), input.replyChannel(), input.customerUnderstood(), actor);
        tasks.complete(task.id(), Map.of());
        return complaint;
    }

    /** The customer's 1-4 rating after closing: 4 reopens, 3 opens a quality review (in the process). */
    @Transactional
    public Complaint rate(String number, Steps.Rating input, Actor actor) {
        Complaint complaint = support.find(number);
        if (actor.is(Role.AUDITOR)) {
            throw ComplaintException.notAllowed("Auditors read, they do not record ratings").because("auditorsDoNotRate");
        }
        validation.check(input, "the rating");
        String execution = tasks.ratingWaitExecution(complaint.getProcessInstanceId()).orElseThrow(() ->
                ComplaintException.conflict("Complaint " + number + " is not waiting for a rating").because("notWaitingForRating", number));
        complaint.rate(input.rating());
        history.append(repository.lockForChange(complaint), clock.now(), actor.username(), "RATED", "rating " + input.rating(), null);
        tasks.trigger(execution, Map.of(ComplaintProcess.VAR_RATING, input.rating()));
        return complaint;
    }

    private Complaint loggedBy(String number, Actor actor) {
        Complaint complaint = support.find(number);
        if (!actor.username().equals(complaint.getLoggingAgent())) {
            throw ComplaintException.notAllowed("Only the agent who logged " + number + " takes this step").because("notYourStep", number);
        }
        return complaint;
    }

}
