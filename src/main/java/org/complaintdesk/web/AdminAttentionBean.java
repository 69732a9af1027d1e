package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.complaintdesk.attention.Attention;
import org.complaintdesk.attention.NeedsAttention;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.security.DeskUser;

/** admin/attention: complaints needing attention, with the engine's error; retry a given-up job, move a complaint. */
@Named
@ViewScoped
public class AdminAttentionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attention attention;

    @Inject
    CurrentActor current;

    private List<NeedsAttention> items = List.of();
    private List<DeskUser> candidates = List.of();
    private String number;
    private String username;
    private String reason;

    public void load() {
        items = attention.list();
        candidates = attention.candidates();
    }

    public String retry(String complaintNumber, String jobId) {
        return Screens.perform(null, () -> {
            attention.retry(complaintNumber, jobId, current.actor());
            AdminScreens.info("attention.retried", complaintNumber);
            return "/admin/attention?faces-redirect=true";
        });
    }

    public String move() {
        return Screens.perform("moveForm", () -> {
            attention.moveTo(number, username, reason, current.actor());
            AdminScreens.info("attention.moved", number, username);
            return "/admin/attention?faces-redirect=true";
        });
    }

    public List<NeedsAttention> getItems() {
        return items;
    }

    /** The complaints listed, each once, for the move form. */
    public List<String> getNumbers() {
        return items.stream().map(NeedsAttention::number).distinct().toList();
    }

    public List<DeskUser> getCandidates() {
        return candidates;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
