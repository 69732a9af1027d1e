package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.Role;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.workflow.ComplaintProcess;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.complaintdesk.sla.Overdue;

/** The work lists of the screens, paged in the database: an agent's open steps, a lead's escalations, a team board. */
@ApplicationScoped
@Transactional
public class WorkQueries {

    /** An open step and its complaint. */
    public record WorkItem(String taskKey, String taskName, String assignee, Instant due, Complaint complaint) {
    }

    /** One agent's open complaints on the team board. */
    public record AgentLoad(String agent, String team, long open, long dueSoon, long overdue) {
    }

    /** Open, due soon and overdue, summed over the complaints the query groups. */
    private static final String LOAD_SUMS = "count(c),"
            + " sum(case when c.reply.repliedAt is null and c.reply.pausedSince is null and c.reply.deadline >= :now and c.reply.deadline < :soon then 1 else 0 end),"
            + " sum(case when " + Overdue.JPQL + " then 1 else 0 end)";

    @Inject
    TaskService taskService;

    @Inject
    DeskClock clock;

    @PersistenceContext
    EntityManager em;

    public List<WorkItem> myWork(Actor actor, int first, int max) {
        return withComplaints(myWorkQuery(actor).orderByTaskDueDate().asc().orderByTaskCreateTime().asc().listPage(first, max));
    }

    public long countMyWork(Actor actor) {
        return myWorkQuery(actor).count();
    }

    /** Escalations and reviews a lead may take: own team's; a supervisor's are every team's and the second level. */
    public List<WorkItem> escalations(Actor actor, int first, int max) {
        return withComplaints(escalationQuery(actor).orderByTaskDueDate().asc().orderByTaskCreateTime().asc().listPage(first, max));
    }

    public long countEscalations(Actor actor) {
        return escalationQuery(actor).count();
    }

    /** What each agent of the actor's team (a supervisor: of every team) holds open. */
    public List<AgentLoad> board(Actor actor, Duration dueSoonWithin) {
        String teamCondition = actor.is(Role.SUPERVISOR) ? "" : " and c.teamCode = :team";
        var query = loadQuery("select c.loggingAgent, c.teamCode, " + LOAD_SUMS + " from Complaint c where c.status <> :closed"
                + teamCondition + " group by c.loggingAgent, c.teamCode order by c.loggingAgent", dueSoonWithin);
        if (!actor.is(Role.SUPERVISOR)) {
            query.setParameter("team", actor.team());
        }
        return query.getResultList().stream().map(row -> new AgentLoad((String) row[0], (String) row[1],
                count(row[2]), count(row[3]), count(row[4]))).toList();
    }

    /** The agent's own line of the board, without reading the rest of the team. */
    public AgentLoad loadOf(Actor agent, Duration dueSoonWithin) {
        Object[] sums = loadQuery("select " + LOAD_SUMS + " from Complaint c where c.status <> :closed"
                + " and c.loggingAgent = :agent and c.teamCode = :team", dueSoonWithin)
                .setParameter("agent", agent.username()).setParameter("team", agent.team()).getSingleResult();
        return new AgentLoad(agent.username(), agent.team(), count(sums[0]), count(sums[1]), count(sums[2]));
    }

    private TypedQuery<Object[]> loadQuery(String jpql, Duration dueSoonWithin) {
        Instant now = clock.now();
        return em.createQuery(jpql, Object[].class).setParameter("now", Complaint.utc(now))
                .setParameter("soon", Complaint.utc(now.plus(dueSoonWithin))).setParameter("closed", ComplaintStatus.CLOSED);
    }

    /** A count or sum; a sum over no rows is null. */
    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private TaskQuery myWorkQuery(Actor actor) {
        return taskService.createTaskQuery().taskAssignee(actor.username());
    }

    private TaskQuery escalationQuery(Actor actor) {
        TaskQuery query = taskService.createTaskQuery().taskCandidateGroupIn(List.copyOf(actor.groups())).ignoreAssigneeValue();
        if (!actor.is(Role.SUPERVISOR)) {
            query.processVariableValueEquals(ComplaintProcess.VAR_TEAM, actor.team());
        }
        return query;
    }

    private List<WorkItem> withComplaints(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, Complaint> byProcess = em.createQuery("select c from Complaint c where c.processInstanceId in :ids", Complaint.class)
                .setParameter("ids", tasks.stream().map(Task::getProcessInstanceId).toList()).getResultList().stream()
                .collect(Collectors.toMap(Complaint::getProcessInstanceId, Function.identity()));
        return tasks.stream().filter(t -> byProcess.containsKey(t.getProcessInstanceId()))
                .map(t -> new WorkItem(t.getTaskDefinitionKey(), t.getName(), t.getAssignee(),
                        t.getDueDate() == null ? null : t.getDueDate().toInstant(), byProcess.get(t.getProcessInstanceId())))
                .toList();
    }
}
