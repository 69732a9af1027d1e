package org.complaintdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The value of a setting that administrators may change at run time: their change (table desk_setting) if
 * any, else the configured default (MicroProfile Config: environment variable, system property, defaults
 * file). Read on every use, so a change takes effect at once on every desk instance.
 */
@ApplicationScoped
public class DeskSettings {

    @PersistenceContext
    EntityManager em;

    public String value(String name) {
        return changed(name).map(DeskSetting::getValue).orElseGet(() -> configured(name));
    }

    /** The administrators' change of the setting, if any. */
    public Optional<DeskSetting> changed(String name) {
        return Optional.ofNullable(em.find(DeskSetting.class, name));
    }

    public String configured(String name) {
        return ConfigProvider.getConfig(DeskSettings.class.getClassLoader()).getValue(name, String.class);
    }
}
