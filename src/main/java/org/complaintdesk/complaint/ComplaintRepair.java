package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.Role;
import org.complaintdesk.sla.ComplianceSummary;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.sla.SlaPolicies;
import org.complaintdesk.sla.SlaPolicy;
import org.complaintdesk.workflow.ComplaintProcess;
import org.complaintdesk.workflow.ProcessTasks;

/**
 * An administrator's repair of a complaint whose record and process disagree: moves it to a chosen team lead or
 * agent, so that record and process agree again (the rules of org.complaintdesk.attention.AgreementRules).
 * <ul>
 * <li>a team lead of the complaint's team: one team lead's task, claimed by that lead; ESCALATED at level 1 (a
 * REOPENED complaint stays REOPENED), with a new escalation deadline;</li>
 * <li>an agent: the agent's next step by the record (apologise and record, forward a suggestion, reply, or reply as
 * instructed after an escalation), and the agent holds the complaint from now on.</li>
 * </ul>
 * A process that was lost or waits nowhere is started anew at that task. Written to the complaint's history.
 */
@ApplicationScoped
public class ComplaintRepair {

    /** Where a complaint was put. */
    public record Placement(ComplaintStatus status, int level, String taskKey) {
    }

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

    @Transactional(Transactional.TxType.MANDATORY)
    public Placement moveTo(String number, DeskUser to, String why, Actor admin) {
        Complaint complaint = repository.lockForChange(repository.findByNumber(number)
                .orElseThrow(() -> ComplaintException.notFound(number)));
        if (complaint.getStatus() == ComplaintStatus.CLOSED) {
            throw ComplaintException.conflict("Complaint " + number + " is closed: there is nobody to move it to");
        }
        if (complaint.isPaused()) {
            throw ComplaintException.conflict("The reply clock of " + number + " is paused: resume it before moving the complaint");
        }
        Placement placement = placement(complaint, to);
        Instant now = clock.now();
        SlaPolicy policy = policies.of(complaint.getPolicyVersion());
        Map<String, Object> variables = new HashMap<>();
        if (to.getRole() == Role.AGENT && !to.getUsername().equals(complaint.getLoggingAgent())) {
            summary.apply(complaint.getReceivedAt(), ComplaintCounts.dimensions(complaint), ComplaintCounts.counted(complaint).negate());
            complaint.handToAgent(to.getUsername());
            summary.apply(complaint.getReceivedAt(), ComplaintCounts.dimensions(complaint), ComplaintCounts.counted(complaint));
        }
        variables.put(ComplaintProcess.VAR_LOGGING_AGENT, complaint.getLoggingAgent());
        if (to.getRole() == Role.TEAM_LEAD) {
            variables.put(ComplaintProcess.VAR_ESCALATION_DEADLINE, Date.from(now.plus(policy.escalationWindow())));
        }
        String process = complaint.getProcessInstanceId();
        if (tasks.isRunning(process) && tasks.waitsSomewhere(process)) {
            tasks.placeAt(process, placement.taskKey(), to.getUsername(), variables);
        } else {
            variables.putAll(StartVariables.of(complaint, policy));
            complaint.linkProcess(tasks.restartAt(process, complaint.getNumber(), variables, placement.taskKey(), to.getUsername()));
        }
        complaint.holdAt(placement.status(), placement.level());
        history.append(complaint, now, admin.username(), "MOVED", "to " + to.getUsername() + " (" + placement.taskKey()
                + ", " + placement.status() + ", level " + placement.level() + ")", why);
        return placement;
    }

    private static Placement placement(Complaint complaint, DeskUser to) {
        ComplaintStatus status = complaint.getStatus();
        int level = complaint.getEscalationLevel();
        if (to.getRole() == Role.TEAM_LEAD) {
            String team = to.getTeam() == null ? null : to.getTeam().getCode();
            if (team == null || !team.equals(complaint.getTeamCode())) {
                throw ComplaintException.invalid("username", to.getUsername() + " does not lead team " + complaint.getTeamCode()
                        + ", the team of " + complaint.getNumber()).because("notALeadOfTheTeam", to.getUsername(), complaint.getNumber());
            }
            return status == ComplaintStatus.REOPENED ? new Placement(status, Math.max(level, 1), ComplaintProcess.TASK_TEAM_LEAD_HANDLE)
                    : new Placement(ComplaintStatus.ESCALATED, 1, ComplaintProcess.TASK_TEAM_LEAD_HANDLE);
        }
        if (to.getRole() != Role.AGENT) {
            throw ComplaintException.invalid("username", to.getUsername() + " is neither a team lead nor an agent")
                    .because("neitherLeadNorAgent", to.getUsername());
        }
        if (level > 0) {
            return new Placement(ComplaintStatus.AWAITING_REPLY, level, ComplaintProcess.TASK_REPLY_AS_INSTRUCTED);
        }
        if (status == ComplaintStatus.OPEN) {
            return new Placement(status, 0, complaint.getCategory() == Category.SUGGESTION
                    ? ComplaintProcess.TASK_FORWARD_SUGGESTION : ComplaintProcess.TASK_APOLOGISE_AND_RECORD);
        }
        return new Placement(ComplaintStatus.AWAITING_REPLY, 0, ComplaintProcess.TASK_REPLY);
    }
}
