package org.complaintdesk.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.admin.SettingsAdministration;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.security.CurrentActor;

/** admin/categories: which categories intake takes, and the label screens show for each. */
@Named
@ViewScoped
public class AdminCategoriesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the form. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Category category;
        private String label;
        private boolean active;

        Row(Category category, String label, boolean active) {
            this.category = category;
            this.label = label;
            this.active = active;
        }

        public Category getCategory() {
            return category;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }
    }

    @Inject
    SettingsAdministration administration;

    @Inject
    CurrentActor current;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = new ArrayList<>();
        administration.categories().forEach(s -> rows.add(new Row(s.getCategory(), s.getLabel(), s.isActive())));
    }

    public List<Row> getRows() {
        return rows;
    }

    /** Saves each category in turn (one history line per changed category); stops at the first refusal. */
    public String save() {
        return Screens.perform("categoriesForm", () -> {
            for (Row row : rows) {
                administration.changeCategory(row.getCategory(), row.getLabel(), row.isActive(), current.actor());
            }
            AdminScreens.info("categories.saved");
            return "/admin/categories?faces-redirect=true";
        });
    }
}
