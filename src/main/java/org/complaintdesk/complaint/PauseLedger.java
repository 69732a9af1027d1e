package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.complaintdesk.platform.RetriedOnConflict;
import org.complaintdesk.security.Actor;
import org.complaintdesk.sla.BusinessCalendar;
import org.complaintdesk.sla.ComplianceSummary;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.sla.SlaPolicies;
import org.complaintdesk.sla.SlaPolicy;
import org.complaintdesk.workflow.ComplaintProcess;
import org.complaintdesk.workflow.ProcessTasks;
import org.complaintdesk.sla.Overdue;
import org.complaintdesk.sla.ReplyWindow;

/**
 * The pause ledger: an agent or lead stops a complaint's reply clock while the desk waits for the customer, and lets it
 * run again. While paused the process stands still (no warning, no overdue, no step); on resume the deadline moves by
 * the paused business time, counted in the complaint's own policy version, and the timers with it. A complaint paused
 * when its deadline had already passed stays breached: its deadline does not move. Each pause and resume is a line of
 * the complaint's hash-chained history and a row of {@code complaint_pause}.
 */
@ApplicationScoped
@RetriedOnConflict
public class PauseLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    ReplyWindows replyWindows;

    @Inject
    ComplaintRepository repository;

    @Inject
    HistoryLog history;

    @Inject
    InputValidation validation;

    @Inject
    StepSupport support;

    @Inject
    ProcessTasks tasks;

    @Inject
    SlaPolicies policies;

    @Inject
    DeskClock clock;

    @Inject
    Alerts alerts;

    @Inject
    ComplianceSummary summary;

    @Transactional
    public Complaint pause(String number, Steps.PauseInput input, Actor actor) {
        Complaint complaint = support.find(number);
        mayHandle(complaint, actor, "pauses");
        validation.check(input, "the pause");
        // pauses and resumes of one complaint take turns: the second sees the first's outcome, rather than failing on it
        em.refresh(complaint, LockModeType.PESSIMISTIC_WRITE);
        if (complaint.isPaused()) {
            throw ComplaintException.conflict("The reply clock of " + number + " is paused already, since " + complaint.getPausedSince())
                    .because("pausedAlready", number, complaint.getPausedSince());
        }
        if (complaint.getReplyDeadline() == null || complaint.getRepliedAt() != null
                || !(complaint.getStatus() == ComplaintStatus.OPEN || complaint.getStatus() == ComplaintStatus.AWAITING_REPLY)) {
            throw ComplaintException.conflict("Complaint " + number + " has no reply clock running for its agent to pause")
                    .because("nothingToPause", number);
        }
        Instant now = clock.now();
        Pause pause = new Pause(complaint, now, actor.username(), input.reason(), clean(input.note()),
                policies.of(complaint.getPolicyVersion()).maxPause());
        repository.persist(pause);
        complaint.pauseClock(now);
        boolean overdue = Overdue.at(now, complaint.getReplyDeadline(), null, null);
        history.append(complaint, now, actor.username(), "PAUSED", input.reason() + (overdue
                ? "; the reply was due " + complaint.getReplyDeadline() + " already: the deadline stays"
                : "; the clock stands still until resumed, at the latest " + pause.getResumeBy()), pause.getNote());
        tasks.suspend(complaint.getProcessInstanceId());
        return complaint;
    }

    @Transactional
    public Complaint resume(String number, Steps.ResumeInput input, Actor actor) {
        Complaint complaint = support.find(number);
        mayHandle(complaint, actor, "resumes");
        validation.check(input, "the resume");
        if (input.how() != Resumption.RESUMED && input.how() != Resumption.CUSTOMER_CALLED_BACK) {
            throw ComplaintException.invalid("how", "must be RESUMED or CUSTOMER_CALLED_BACK");
        }
        em.refresh(complaint, LockModeType.PESSIMISTIC_WRITE);
        if (!complaint.isPaused()) {
            throw ComplaintException.conflict("The reply clock of " + number + " is not paused").because("notPaused", number);
        }
        endPause(complaint, input.how(), actor.username(), clean(input.note()));
        return complaint;
    }

    /** An agent's step with the customer on the line (recording, replying) lets a paused clock run again first. */
    @Transactional(Transactional.TxType.MANDATORY)
    void resumeForStep(Complaint complaint, Actor actor) {
        if (complaint.isPaused()) {
            repository.lockForChange(complaint);
            endPause(complaint, Resumption.STEP_TAKEN, actor.username(), null);
        }
    }

    /** The pauses that reached their maximum by now, the longest-waiting first (at most {@code max}). */
    @Transactional
    public List<Long> dueAtLimit(int max) {
        return em.createQuery("select p.id from Pause p where p.resumedAt is null and p.resumeBy <= :now order by p.resumeBy", Long.class)
                .setParameter("now", Complaint.utc(clock.now())).setMaxResults(max).getResultList();
    }

    /** Ends one pause at the policy's maximum, with an alert to the agent; false if it had ended meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean resumeAtLimit(Long pauseId) {
        Pause pause = em.find(Pause.class, pauseId);
        if (pause == null) {
            return false;
        }
        Complaint complaint = em.find(Complaint.class, pause.getComplaintId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(pause);
        if (pause.getResumedAt() != null) {
            return false;
        }
        Instant deadline = endPause(complaint, Resumption.MAX_PAUSE_REACHED, Actor.SYSTEM.username(), null);
        alerts.raise(Alert.toUser(complaint, Alert.Kind.PAUSE_ENDED, complaint.getLoggingAgent(), clock.now(),
                AlertText.pauseEnded(complaint.getNumber(), pause.getPausedAt(), pause.getReason(), deadline)));
        return true;
    }

    private Instant endPause(Complaint complaint, Resumption how, String by, String note) {
        Pause pause = em.createQuery("select p from Pause p where p.complaintId = :complaint and p.resumedAt is null", Pause.class)
                .setParameter("complaint", complaint.getId()).getSingleResult();
        Instant now = clock.now();
        SlaPolicy policy = policies.of(complaint.getPolicyVersion());
        BusinessCalendar calendar = policy.calendar(complaint.getTeamCode());
        Instant pausedAt = pause.getPausedAt();
        Instant before = complaint.getReplyDeadline();
        Duration paused = Duration.ZERO;
        Instant deadline = before;
        if (!Overdue.at(pausedAt, before, null, null)) {
            // the business time left at the pause is left now
            paused = calendar.between(pausedAt, now);
            deadline = calendar.plus(now, calendar.between(pausedAt, before));
        }
        boolean firstPausedTime = complaint.getPausedSeconds() == 0;
        complaint.resumeClock(paused);
        // whole seconds, as the complaint keeps them: a pause of half a second counts for nothing
        if (paused.getSeconds() > 0) {
            summary.apply(complaint.getReceivedAt(), ComplaintCounts.dimensions(complaint), ComplianceSummary.Change.paused(paused.getSeconds(), firstPausedTime));
        }
        pause.end(now, by, how, paused, deadline);
        String process = complaint.getProcessInstanceId();
        tasks.activate(process);
        Instant warningAt = tasks.timeVariable(process, ComplaintProcess.VAR_REPLY_WARNING_AT)
                .map(warning -> warning.isAfter(pausedAt) ? calendar.plus(now, calendar.between(pausedAt, warning)) : warning)
                .orElse(deadline);
        ReplyWindow window = new ReplyWindow(warningAt, deadline);
        if (deadline.equals(before)) {
            replyWindows.moveProcess(complaint, window);
        } else {
            replyWindows.move(complaint, window, DeadlineRecord.Reason.RESUMED, now, by);
        }
        history.append(complaint, now, by, "RESUMED", how + ", paused " + paused.getSeconds() + " s of business time, reply due "
                + deadline, note);
        return deadline;
    }

    /** The complaint's pauses, oldest first. */
    public List<Pause> of(Complaint complaint) {
        return em.createQuery("select p from Pause p where p.complaintId = :complaint order by p.pausedAt", Pause.class)
                .setParameter("complaint", complaint.getId()).getResultList();
    }

    private static void mayHandle(Complaint complaint, Actor actor, String doing) {
        if (!actor.username().equals(complaint.getLoggingAgent()) && !actor.leads(complaint.getTeamCode())) {
            throw ComplaintException.notAllowed("Only the complaint's agent, a team lead of team " + complaint.getTeamCode()
                    + " or a supervisor " + doing + " its reply clock");
        }
    }

    private static String clean(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
