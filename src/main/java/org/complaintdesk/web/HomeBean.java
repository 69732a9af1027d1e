package org.complaintdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.complaint.WorkQueries;
import org.complaintdesk.complaint.WorkQueries.AgentLoad;
import org.complaintdesk.complaint.WorkQueries.WorkItem;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.security.Role;
import org.complaintdesk.sla.ComplianceReport;
import org.complaintdesk.sla.Grouping;
import org.complaintdesk.sla.Period;
import org.complaintdesk.sla.SlaWindows;

/**
 * Each role's home is its dashboard: an agent's open work, the most urgent first, and today's figures; a team lead's
 * team (open, due soon, overdue per agent) and the escalations waiting; a supervisor's teams; an auditor's compliance
 * of today by team. Each figure is read once per request, only for the role that sees it.
 */
@Named
@RequestScoped
public class HomeBean {

    /** How many of the agent's most urgent steps the home page lists (the rest are on "My work"). */
    static final int MOST_URGENT = 5;

    @Inject
    WorkQueries work;

    @Inject
    ComplianceReport compliance;

    @Inject
    ComplaintQueries queries;

    @Inject
    SlaWindows windows;

    @Inject
    CurrentActor current;

    private List<AgentLoad> board;
    private AgentLoad myLoad;
    private final Map<Grouping, List<ComplianceReport.Row>> today = new EnumMap<>(Grouping.class);

    private Actor actor() {
        return current.actor();
    }

    public long getOpenSteps() {
        return work.countMyWork(actor());
    }

    public List<WorkItem> getMostUrgent() {
        return work.myWork(actor(), 0, MOST_URGENT);
    }

    /** The agent's own line of the team board: open, due soon, overdue. */
    public AgentLoad getMyLoad() {
        if (myLoad == null) {
            myLoad = work.loadOf(actor(), WorkListBean.DUE_SOON);
        }
        return myLoad;
    }

    /** The complaints the agent logged today, as the compliance figures count them. */
    public ComplianceReport.Row getMyToday() {
        return todayBy(Grouping.AGENT).stream().filter(row -> row.group().equals(actor().username())).findFirst()
                .orElse(new ComplianceReport.Row(actor().username(), 0, 0, 0, 0, 0, 0, 0, 0));
    }

    public List<AgentLoad> getBoard() {
        if (board == null) {
            board = work.board(actor(), WorkListBean.DUE_SOON);
        }
        return board;
    }

    public long getEscalationsWaiting() {
        return actor().is(Role.TEAM_LEAD) || actor().is(Role.SUPERVISOR) ? work.countEscalations(actor()) : 0;
    }

    /** Today's compliance by team (auditors, supervisors). */
    public List<ComplianceReport.Row> getTeamsToday() {
        return todayBy(Grouping.TEAM);
    }

    private List<ComplianceReport.Row> todayBy(Grouping by) {
        return today.computeIfAbsent(by, grouping -> {
            LocalDate day = LocalDate.ofInstant(queries.now(), windows.timeZone());
            return compliance.compliance(grouping, new Period(day.atStartOfDay(windows.timeZone()).toInstant(),
                    day.plusDays(1).atStartOfDay(windows.timeZone()).toInstant()));
        });
    }

    /** A share as a whole percentage, "-" when nothing is decided. */
    public String percent(ComplianceReport.Row row) {
        return row.percent() == null ? "-" : row.percent() + " %";
    }
}
