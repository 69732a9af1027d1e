package org.complaintdesk.workflow;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * The engine's "beans" map backed by CDI: a BPMN expression such as {@code ${complaintProcess.close(execution, 'REPLIED')}}
 * finds the {@code @Named("complaintProcess")} bean. Flowable 8 has no CDI module; its expression manager
 * only asks {@link #containsKey} and {@link #get}.
 */
final class CdiBeans extends AbstractMap<Object, Object> {

    private final BeanManager beanManager;

    CdiBeans(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public boolean containsKey(Object name) {
        return name instanceof String text && !beanManager.getBeans(text).isEmpty();
    }

    @Override
    public Object get(Object name) {
        if (!(name instanceof String text)) {
            return null;
        }
        Set<Bean<?>> beans = beanManager.getBeans(text);
        if (beans.isEmpty()) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beans);
        return beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean));
    }

    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return Set.of();
    }
}
