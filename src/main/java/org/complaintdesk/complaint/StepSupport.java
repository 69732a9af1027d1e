package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.complaintdesk.security.Actor;
import org.complaintdesk.sla.ComplianceSummary;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.sla.ReplyWindow;
import org.complaintdesk.sla.SlaPolicies;
import org.complaintdesk.sla.SlaPolicy;
import org.complaintdesk.workflow.ProcessTasks;
import org.complaintdesk.workflow.ProcessTasks.OpenTask;

/** What the agents' and the team leads' steps share: finding the complaint and its open step, recording a reply, reclassifying. */
@ApplicationScoped
class StepSupport {

    @Inject
    ComplaintRepository repository;

    @Inject
    HistoryLog history;

    @Inject
    ProcessTasks tasks;

    @Inject
    SlaPolicies policies;

    @Inject
    DeskClock clock;

    @Inject
    ComplianceSummary summary;

    @Inject
    ReplyWindows replyWindows;

    void recordReply(Complaint complaint, String reply, Channel channel, boolean understood, Actor actor) {
        Instant now = clock.now();
        complaint.recordReply(reply, channel, understood, now);
        countReply(complaint);
        history.append(complaint, now, actor.username(), "REPLIED",
                "via " + channel + ", understood " + understood + ", " + (Boolean.TRUE.equals(complaint.getSlaMet())
                        ? "within the deadline" : complaint.getMinutesLate() + " minute(s) late"), reply);
    }

    void countReply(Complaint complaint) {
        if (complaint.getSlaMet() != null) {
            summary.apply(complaint.getReceivedAt(), ComplaintCounts.dimensions(complaint), ComplianceSummary.Change.replied(complaint.getSlaMet()));
        }
    }

    void changeComplexity(Complaint complaint, Complexity complexity, DeadlineRecord.Reason reason, Instant now,
            Actor actor, String why) {
        if (complaint.isPaused()) {
            throw ComplaintException.conflict("The reply clock of " + complaint.getNumber() + " is paused: resume it before reclassifying")
                    .because("pausedNoReclassify", complaint.getNumber());
        }
        Complexity before = complaint.getComplexity();
        summary.moveComplexity(complaint.getReceivedAt(), ComplaintCounts.dimensions(complaint), complexity.name(), ComplaintCounts.counted(complaint));
        complaint.reclassify(complexity);
        // the complaint's own policy version: a window changed since it was received does not move its deadline
        SlaPolicy policy = policies.of(complaint.getPolicyVersion());
        ReplyWindow window = policy.openWindow(complaint.getTeamCode(), complaint.getReceivedAt(), complexity == Complexity.COMPLEX);
        replyWindows.move(complaint, window, reason, now, actor.username());
        history.append(complaint, now, actor.username(), "RECLASSIFIED", "complexity " + before + " -> " + complexity
                + ", reply due " + window.deadline() + " (SLA policy version " + policy.version() + ")", why);
    }

    Complaint find(String number) {
        return repository.findByNumber(number).orElseThrow(() -> ComplaintException.notFound(number));
    }

    OpenTask openTask(Complaint complaint, String taskKey) {
        return tasks.find(complaint.getProcessInstanceId(), taskKey).orElseThrow(() -> ComplaintException.conflict(
                "Complaint " + complaint.getNumber() + " has no open step " + taskKey + " now").because("stepNotOpen", complaint.getNumber()));
    }

    /** Refuses anyone but a team lead of the complaint's team or a supervisor, saying who may. */
    static void mustLead(Complaint complaint, Actor actor, String doing) {
        if (!actor.leads(complaint.getTeamCode())) {
            throw ComplaintException.notAllowed("Only a team lead of team " + complaint.getTeamCode() + " or a supervisor " + doing);
        }
    }
}
