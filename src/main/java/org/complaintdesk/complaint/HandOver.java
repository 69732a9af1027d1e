package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.complaintdesk.platform.RetriedOnConflict;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.Role;
import org.complaintdesk.security.UserRepository;
import org.complaintdesk.sla.ComplianceSummary;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.workflow.ComplaintProcess;
import org.complaintdesk.workflow.ProcessTasks;

/**
 * A team lead hands complaints of the team to another agent of the team (shift end, absence, overload, an agent who
 * left): the complaint's agent changes, the agent's open step follows (its task is the new agent's), the compliance
 * figures count it for the new agent, and the new agent is alerted. All the complaints move or none does. Each move
 * is a line of the complaint's history.
 */
@ApplicationScoped
@RetriedOnConflict
public class HandOver {

    /** The agent's steps: they follow the complaint to its new agent. */
    private static final Set<String> AGENT_STEPS = Set.of(ComplaintProcess.TASK_APOLOGISE_AND_RECORD,
            ComplaintProcess.TASK_FORWARD_SUGGESTION, ComplaintProcess.TASK_REPLY, ComplaintProcess.TASK_REPLY_AS_INSTRUCTED);

    /** An enabled or disabled agent of a team and the complaints not yet closed that the agent holds. */
    public record Holding(String agent, boolean enabled, List<String> numbers) {
    }

    /** One complaint not yet closed, its agent (enabled or not) and what a lead weighs before moving it. */
    public record Held(String agent, boolean enabled, String number, Category category, ComplaintStatus status,
            Instant replyDeadline, boolean paused) {

        static Held of(Complaint c, boolean enabled) {
            return new Held(c.getLoggingAgent(), enabled, c.getNumber(), c.getCategory(), c.getStatus(), c.getReplyDeadline(), c.isPaused());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintRepository repository;

    @Inject
    UserRepository users;

    @Inject
    InputValidation validation;

    @Inject
    HistoryLog history;

    @Inject
    ProcessTasks tasks;

    @Inject
    ComplianceSummary summary;

    @Inject
    Alerts alerts;

    @Inject
    DeskClock clock;

    @Transactional
    public List<Complaint> move(Steps.HandOverInput input, Actor lead) {
        if (!(lead.is(Role.TEAM_LEAD) || lead.is(Role.SUPERVISOR))) {
            throw ComplaintException.notAllowed("Only team leads and supervisors hand complaints over");
        }
        validation.check(input, "the hand-over");
        DeskUser to = users.findByUsername(input.to().strip()).filter(u -> u.getRole() == Role.AGENT && u.isEnabled())
                .orElseThrow(() -> ComplaintException.invalid("to", input.to().strip() + " is no enabled agent")
                        .because("noEnabledAgent", input.to().strip()));
        String reason = input.reason().strip();
        Instant now = clock.now();
        List<Complaint> moved = new ArrayList<>();
        // one lock order for every hand-over: two leads moving overlapping lists wait for each other instead of deadlocking
        for (String number : new TreeSet<>(input.numbers().stream().map(String::strip).toList())) {
            Complaint complaint = repository.findByNumber(number).orElseThrow(() -> ComplaintException.notFound(number));
            em.refresh(complaint, LockModeType.PESSIMISTIC_WRITE);
            check(complaint, to, lead);
            moveOne(complaint, to.getUsername(), reason, lead.username(), now);
            moved.add(complaint);
        }
        return moved;
    }

    private static void check(Complaint complaint, DeskUser to, Actor lead) {
        String number = complaint.getNumber();
        if (!lead.leads(complaint.getTeamCode())) {
            throw ComplaintException.notAllowed("Only a team lead of team " + complaint.getTeamCode() + " or a supervisor hands " + number + " over")
                    .because("notYourTeamsComplaint", number);
        }
        if (to.getTeam() == null || !to.getTeam().getCode().equals(complaint.getTeamCode())) {
            throw ComplaintException.invalid("to", to.getUsername() + " is not an agent of team " + complaint.getTeamCode() + ", the team of " + number)
                    .because("notAnAgentOfTheTeam", to.getUsername(), number);
        }
        if (complaint.getStatus() == ComplaintStatus.CLOSED) {
            throw ComplaintException.conflict("Complaint " + number + " is closed: there is nothing to hand over").because("closedNothingToHandOver", number);
        }
        if (complaint.isPaused()) {
            throw ComplaintException.conflict("The reply clock of " + number + " is paused: resume it before handing it over")
                    .because("pausedNoHandOver", number);
        }
        if (complaint.getLoggingAgent().equals(to.getUsername())) {
            throw ComplaintException.conflict("Complaint " + number + " is " + to.getUsername() + "'s already").because("alreadyTheirs", number, to.getUsername());
        }
    }

    private void moveOne(Complaint complaint, String to, String reason, String by, Instant now) {
        String from = complaint.getLoggingAgent();
        summary.apply(complaint.getReceivedAt(), ComplaintCounts.dimensions(complaint), ComplaintCounts.counted(complaint).negate());
        complaint.handToAgent(to);
        summary.apply(complaint.getReceivedAt(), ComplaintCounts.dimensions(complaint), ComplaintCounts.counted(complaint));
        String process = complaint.getProcessInstanceId();
        if (tasks.isRunning(process)) {
            tasks.setVariables(process, Map.of(ComplaintProcess.VAR_LOGGING_AGENT, to));
            tasks.open(process).stream().filter(task -> AGENT_STEPS.contains(task.key())).forEach(task -> tasks.claim(task.id(), to));
        }
        history.append(complaint, now, by, "HANDED_OVER", "from " + from + " to " + to, reason);
        alerts.raise(Alert.toUser(complaint, Alert.Kind.ASSIGNED, to, now, AlertText.handedOver(complaint.getNumber(), by, reason)));
    }

    /**
     * The agents of a team who hold complaints not yet closed, with those complaints: a disabled agent's are the ones
     * a lead must move (nobody else can take their steps).
     */
    @Transactional
    public List<Holding> holdings(String team) {
        List<Holding> holdings = new ArrayList<>();
        for (Object[] row : heldRows("select c.loggingAgent, u.enabled, c.number", team)) {
            String agent = (String) row[0];
            if (holdings.isEmpty() || !holdings.get(holdings.size() - 1).agent().equals(agent)) {
                holdings.add(new Holding(agent, (Boolean) row[1], new ArrayList<>()));
            }
            holdings.get(holdings.size() - 1).numbers().add((String) row[2]);
        }
        return holdings;
    }

    /** The same, one line per complaint with what a lead weighs before moving it, by agent and then by deadline. */
    @Transactional
    public List<Held> held(String team) {
        return heldRows("select c, u.enabled", team).stream().map(row -> Held.of((Complaint) row[0], (Boolean) row[1])).toList();
    }

    /** The selected columns of the team's complaints not yet closed and their agents, by agent and then by deadline. */
    private List<Object[]> heldRows(String select, String team) {
        return em.createQuery(select + " from Complaint c, DeskUser u where u.username = c.loggingAgent and c.teamCode = :team"
                + " and c.status <> :closed order by c.loggingAgent, c.reply.deadline nulls last, c.number", Object[].class)
                .setParameter("team", team).setParameter("closed", ComplaintStatus.CLOSED).getResultList();
    }
}
