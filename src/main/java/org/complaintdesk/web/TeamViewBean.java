package org.complaintdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintFilter;
import org.complaintdesk.complaint.ComplaintQueries;
import org.complaintdesk.complaint.ComplaintRepository.SearchResult;
import org.complaintdesk.complaint.ComplaintStatus;
import org.complaintdesk.complaint.Complexity;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.Role;
import org.complaintdesk.security.Team;
import org.complaintdesk.security.UserRepository;

/**
 * A team lead's team view: the team's open complaints, most urgent first, filtered by agent, urgency, status,
 * category and complexity. The filters are the page's parameters, so the board's counts link straight to their
 * complaints and a filtered view can be bookmarked. A supervisor chooses the team (or sees all of them).
 */
@Named
@RequestScoped
public class TeamViewBean {

    /** Rows on one page. */
    static final int PAGE_SIZE = 50;

    /** The urgency a lead filters by, as on the board. */
    public enum Urgency {
        DUE_SOON,
        OVERDUE
    }

    @Inject
    ComplaintQueries queries;

    @Inject
    UserRepository users;

    @Inject
    CurrentActor current;

    private String team;
    private String agent;
    private Urgency urgency;
    private ComplaintStatus status;
    private Category category;
    private Complexity complexity;
    private int page;
    private SearchResult result;
    private Instant now;

    /** Runs the filtered query once per request (the view action). */
    public void load() {
        page = Math.max(0, page);
        if (!isSupervisor()) {
            team = current.actor().team();
        }
        now = queries.now();
        ComplaintFilter filter = new ComplaintFilter(status, blankToNull(team), category, complexity,
                urgency == Urgency.OVERDUE ? Boolean.TRUE : null, null, null, null, null, blankToNull(agent), true,
                urgency == Urgency.DUE_SOON ? now.plus(WorkListBean.DUE_SOON) : null);
        result = queries.search(filter, ComplaintFilter.Order.MOST_URGENT, page, PAGE_SIZE);
        if (result.items().isEmpty() && page > 0) {
            page = 0;
            result = queries.search(filter, ComplaintFilter.Order.MOST_URGENT, 0, PAGE_SIZE);
        }
    }

    /** Applies the chosen filters as the page's address (bookmarkable), from the first page. */
    public String filter() {
        page = 0;
        return "/lead/team?faces-redirect=true&includeViewParams=true";
    }

    public String clear() {
        return "/lead/team?faces-redirect=true";
    }

    /** False when the address held a filter the page could not read (the view action did not run). */
    public boolean isLoaded() {
        return result != null;
    }

    public boolean isSupervisor() {
        return current.actor().is(Role.SUPERVISOR);
    }

    public List<Complaint> getComplaints() {
        return result == null ? List.of() : result.items();
    }

    public long getTotal() {
        return result == null ? 0 : result.total();
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < getTotal();
    }

    public int getFirstShown() {
        return getTotal() == 0 ? 0 : page * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return Math.min(getTotal(), (long) (page + 1) * PAGE_SIZE);
    }

    /** The agents a lead may filter by: the team's, switched-off ones too (they may still hold complaints). */
    public List<DeskUser> getAgents() {
        return users.findByRole(Role.AGENT).stream()
                .filter(u -> u.getTeam() != null && (team == null || team.isBlank() || u.getTeam().getCode().equals(team)))
                .sorted(Comparator.comparing(DeskUser::getUsername)).toList();
    }

    public List<Team> getTeams() {
        return users.findTeams();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public ComplaintStatus[] getStatuses() {
        return Arrays.stream(ComplaintStatus.values()).filter(s -> s != ComplaintStatus.CLOSED).toArray(ComplaintStatus[]::new);
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Complexity[] getComplexities() {
        return Complexity.values();
    }

    /** The moment the page's SLA states are shown for. */
    public Instant getNow() {
        return now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getAgent() {
        return agent;
    }

    public void setAgent(String agent) {
        this.agent = agent;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public ComplaintStatus getStatus() {
        return status;
    }

    public void setStatus(ComplaintStatus status) {
        this.status = status;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Complexity getComplexity() {
        return complexity;
    }

    public void setComplexity(Complexity complexity) {
        this.complexity = complexity;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
