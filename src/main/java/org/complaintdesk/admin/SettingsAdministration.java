package org.complaintdesk.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.CategoryCatalogue;
import org.complaintdesk.complaint.CategorySetting;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.platform.DeskSetting;
import org.complaintdesk.platform.DeskSettings;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.Role;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.sla.SlaPolicies;
import org.complaintdesk.sla.SlaPolicy;
import org.complaintdesk.sla.SlaWindows;

/**
 * Administrators change the deadline windows and the categories here; each change is one line of the admin
 * history. A window change makes the next SLA policy version, which holds the complaints received from then on;
 * complaints received before keep their version for every deadline of theirs.
 */
@ApplicationScoped
public class SettingsAdministration {

    /** A window as the screen shows it: the configured default, and the administrators' change if any. */
    public record Window(String name, String configured, String changed, Instant changedAt, String changedBy) {

        public String current() {
            return changed == null ? configured : changed;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskSettings settings;

    @Inject
    CategoryCatalogue categories;

    @Inject
    AdminLog adminLog;

    @Inject
    DeskClock clock;

    @Inject
    PolicyVersions policyVersions;

    @Inject
    SlaPolicies policies;

    /** The version new complaints are held to now. */
    public SlaPolicy policyInForce() {
        return policies.current();
    }

    public List<Window> windows() {
        return SlaWindows.NAMES.stream().map(name -> {
            DeskSetting changed = settings.changed(name).orElse(null);
            return changed == null ? new Window(name, settings.configured(name), null, null, null)
                    : new Window(name, settings.configured(name), changed.getValue(), changed.getUpdatedAt(), changed.getUpdatedBy());
        }).toList();
    }

    /** @return the policy version in force after the change (a new one, unless the value was the one in force) */
    @Transactional
    public SlaPolicy changeWindow(String name, String value, Actor actor) {
        mustAdminister(actor);
        if (!SlaWindows.NAMES.contains(name)) {
            throw ComplaintException.unknown("setting", "No deadline window is called " + name);
        }
        String text = value == null ? "" : value.strip().toUpperCase();
        try {
            SlaWindows.parse(name, text);
        } catch (IllegalArgumentException invalid) {
            throw ComplaintException.invalid("value", invalid.getMessage());
        }
        // first in turn, then read: two administrators changing the same window at once would both insert its row
        adminLog.takeTurn();
        String before = settings.value(name);
        DeskSetting changed = em.find(DeskSetting.class, name);
        if (changed == null) {
            em.persist(new DeskSetting(name, text, clock.now(), actor.username()));
        } else {
            changed.change(text, clock.now(), actor.username());
        }
        adminLog.record(actor, "setting:" + name, "SETTING_CHANGED", before + " -> " + text);
        return policyVersions.renew(actor).orElseGet(policies::current);
    }

    /** Back to the configured default; @return the policy version in force after it. */
    @Transactional
    public SlaPolicy resetWindow(String name, Actor actor) {
        mustAdminister(actor);
        if (!SlaWindows.NAMES.contains(name)) {
            throw ComplaintException.unknown("setting", "No deadline window is called " + name);
        }
        adminLog.takeTurn();
        DeskSetting changed = em.find(DeskSetting.class, name);
        if (changed == null) {
            throw ComplaintException.conflict(name + " has its configured value already");
        }
        em.remove(changed);
        adminLog.record(actor, "setting:" + name, "SETTING_RESET", changed.getValue() + " -> " + settings.configured(name) + " (configured)");
        return policyVersions.renew(actor).orElseGet(policies::current);
    }

    public List<CategorySetting> categories() {
        return categories.all();
    }

    @Transactional
    public void changeCategory(Category category, String label, boolean active, Actor actor) {
        mustAdminister(actor);
        String newLabel = label == null || label.isBlank() ? null : label.strip();
        if (newLabel != null && newLabel.length() > 100) {
            throw ComplaintException.invalid("label", "must be at most 100 characters").because("labelTooLong", 100);
        }
        if (!active && categories.active().equals(List.of(category))) {
            throw ComplaintException.invalid("active", "at least one category must stay open for intake").because("lastOpenCategory");
        }
        CategorySetting setting = em.find(CategorySetting.class, category);
        boolean wasActive = setting == null || setting.isActive();
        String oldLabel = setting == null ? null : setting.getLabel();
        if (wasActive == active && Objects.equals(oldLabel, newLabel)) {
            return;
        }
        if (setting == null) {
            setting = new CategorySetting(category);
            setting.change(newLabel, active, clock.now(), actor.username());
            em.persist(setting);
        } else {
            setting.change(newLabel, active, clock.now(), actor.username());
        }
        adminLog.record(actor, "category:" + category, "CATEGORY_CHANGED", (wasActive == active ? "" : (active ? "taken at intake" : "no longer taken at intake") + "; ")
                + "label " + (oldLabel == null ? "standard" : "'" + oldLabel + "'") + " -> " + (newLabel == null ? "standard" : "'" + newLabel + "'"));
    }

    private static void mustAdminister(Actor actor) {
        if (!actor.is(Role.ADMIN)) {
            throw ComplaintException.notAllowed("Only administrators change the desk's settings");
        }
    }
}
