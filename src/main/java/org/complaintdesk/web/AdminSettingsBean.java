package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.complaintdesk.admin.SettingsAdministration;
import org.complaintdesk.admin.SettingsAdministration.Window;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.sla.SlaPolicy;

/** admin/settings: the deadline windows, each with its configured default and the administrators' change, and the SLA policy version in force. */
@Named
@ViewScoped
public class AdminSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SettingsAdministration administration;

    @Inject
    CurrentActor current;

    private final Map<String, String> edits = new HashMap<>();

    private transient SlaPolicy policy;

    public List<Window> getWindows() {
        List<Window> windows = administration.windows();
        windows.forEach(w -> edits.putIfAbsent(w.name(), w.current()));
        return windows;
    }

    /** The SLA policy version new complaints are held to. */
    public SlaPolicy getPolicy() {
        if (policy == null) {
            policy = administration.policyInForce();
        }
        return policy;
    }

    /** The text typed for each window, keyed by its name. */
    public Map<String, String> getEdits() {
        return edits;
    }

    public String save(String name) {
        return Screens.perform("settingsForm", () -> {
            SlaPolicy inForce = administration.changeWindow(name, edits.get(name), current.actor());
            AdminScreens.info("settings.saved", name, String.valueOf(inForce.version()));
            return "/admin/settings?faces-redirect=true";
        });
    }

    public String reset(String name) {
        return Screens.perform("settingsForm", () -> {
            SlaPolicy inForce = administration.resetWindow(name, current.actor());
            AdminScreens.info("settings.reset", name, String.valueOf(inForce.version()));
            return "/admin/settings?faces-redirect=true";
        });
    }
}
