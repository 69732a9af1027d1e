package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The categories as the desk offers them: every category, with the administrators' label and on/off switch. */
@ApplicationScoped
public class CategoryCatalogue {

    @PersistenceContext
    EntityManager em;

    /** One setting per category, standard (active, no label) where none was changed. */
    public List<CategorySetting> all() {
        Map<Category, CategorySetting> changed = em.createQuery("select s from CategorySetting s", CategorySetting.class)
                .getResultStream().collect(Collectors.toMap(CategorySetting::getCategory, Function.identity()));
        return Arrays.stream(Category.values()).map(c -> changed.getOrDefault(c, new CategorySetting(c))).toList();
    }

    public List<Category> active() {
        return all().stream().filter(CategorySetting::isActive).map(CategorySetting::getCategory).toList();
    }

    public boolean isActive(Category category) {
        CategorySetting setting = em.find(CategorySetting.class, category);
        return setting == null || setting.isActive();
    }
}
