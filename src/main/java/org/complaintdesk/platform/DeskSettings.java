package org.complaintdesk.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The value of a setting that administrators may change at run time: their change (table desk_setting) if
 * any, else the configured default (MicroProfile Config: environment variable, system property, defaults
 * file). Read from the table in every transaction, so a change takes effect at once on every desk instance.
 */
@ApplicationScoped
public class DeskSettings {

    @PersistenceContext
    EntityManager em;

    private final Config config = ConfigProvider.getConfig(DeskSettings.class.getClassLoader());

    /** Key of a transaction's copy of the administrators' changes in the transaction's registry. */
    private static final Object CHANGES = new Object();

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * The value in force. Within a transaction, every setting is read from one copy of the table taken at its first
     * use (one query for all, instead of one per setting and use: a missing row is not remembered by JPA), so that
     * the settings of one step agree with each other; a change made in the same transaction counts from the next one.
     */
    public String value(String name) {
        String changedValue = changes().get(name);
        return changedValue != null ? changedValue : configured(name);
    }

    private Map<String, String> changes() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return readChanges();
        }
        @SuppressWarnings("unchecked")
        Map<String, String> changes = (Map<String, String>) transactions.getResource(CHANGES);
        if (changes == null) {
            changes = readChanges();
            transactions.putResource(CHANGES, changes);
        }
        return changes;
    }

    private Map<String, String> readChanges() {
        Map<String, String> changes = new HashMap<>();
        // no flush of the caller's pending changes for this read (a complaint half made, say)
        em.createQuery("select s from DeskSetting s", DeskSetting.class).setFlushMode(FlushModeType.COMMIT).getResultList()
                .forEach(setting -> changes.put(setting.getName(), setting.getValue()));
        return changes;
    }

    /** The administrators' change of the setting, if any. */
    public Optional<DeskSetting> changed(String name) {
        return Optional.ofNullable(em.find(DeskSetting.class, name));
    }

    public String configured(String name) {
        return config.getValue(name, String.class);
    }
}
