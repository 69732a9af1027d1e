package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.HandOver;
import org.complaintdesk.complaint.Steps;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.Role;
import org.complaintdesk.security.UserRepository;

/**
 * A team lead's hand-over: the team's complaints not yet closed by agent, a disabled agent's first called out, and
 * the chosen ones moved to another agent of the team, all or none, with a reason.
 */
@Named
@ViewScoped
public class HandOverBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HandOver handOver;

    @Inject
    UserRepository users;

    @Inject
    CurrentActor current;

    private List<HandOver.Held> held = List.of();
    private List<String> agents = List.of();
    private final Map<String, Boolean> picked = new HashMap<>();
    private String to;
    private String reason;
    private String pick;

    public void load() {
        String team = current.actor().team();
        held = team == null ? List.of() : handOver.held(team);
        agents = users.findByRole(Role.AGENT).stream()
                .filter(u -> u.isEnabled() && u.getTeam() != null && u.getTeam().getCode().equals(team))
                .map(DeskUser::getUsername).sorted().toList();
        // "hand over" on the team view: that complaint comes ticked
        held.stream().filter(h -> h.number().equals(pick) && !h.paused()).forEach(h -> picked.put(h.number(), true));
    }

    public String move() {
        List<String> numbers = picked.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).sorted().toList();
        if (numbers.isEmpty()) {
            Screens.show(ComplaintException.invalid("numbers", Screens.text("handover.noneChosen")), "handOverForm");
            return null;
        }
        Steps.HandOverInput input = new Steps.HandOverInput(numbers, to == null ? "" : to, reason == null ? "" : reason);
        if (!Screens.attempt("handOverForm", () -> handOver.move(input, current.actor()))) {
            return null;
        }
        Screens.info("handover.done");
        return "/lead/handover?faces-redirect=true";
    }

    /** How many complaints wait on agents whose accounts are switched off. */
    public long getStranded() {
        return held.stream().filter(h -> !h.enabled()).count();
    }

    public List<HandOver.Held> getHeld() {
        return held;
    }

    public List<String> getAgents() {
        return agents;
    }

    public Map<String, Boolean> getPicked() {
        return picked;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPick() {
        return pick;
    }

    public void setPick(String pick) {
        this.pick = pick;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
