package org.complaintdesk.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UISelectMany;
import jakarta.faces.component.UISelectOne;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;
import java.util.Set;

/**
 * Tells assistive technology what the eye sees beside a field, on every page before it renders: a required field is
 * {@code aria-required}, a field with an error is {@code aria-invalid} and described by its message (the
 * {@code h:message} for it, which gets an id for that). Not the HTML {@code required} attribute: the browser would
 * then refuse the form in its own words before the desk's messages, in the page's language, could say what is missing.
 */
public class FieldStates implements SystemEventListener {

    private static final Set<String> DATE_AND_TIME = Set.of("date", "time", "datetime-local", "month", "week");

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) throws AbortProcessingException {
        FacesContext context = FacesContext.getCurrentInstance();
        mark(context, (UIComponent) event.getSource());
    }

    private static void mark(FacesContext context, UIComponent component) {
        if (component instanceof UIMessage message && message.getFor() != null) {
            UIComponent field = message.findComponent(message.getFor());
            if (field instanceof UIInput input && oneControl(input)) {
                describe(context, input, message);
            }
        } else if (component instanceof UIInput input && input.isRequired() && oneControl(input)) {
            input.getPassThroughAttributes().put("aria-required", "true");
        }
        for (UIComponent child : component.getChildren()) {
            mark(context, child);
        }
        for (UIComponent facet : component.getFacets().values()) {
            mark(context, facet);
        }
    }

    /**
     * Whether the field renders as one form control: a group of radio buttons or checkboxes renders as a table, where
     * these attributes are not allowed (its fieldset and legend say what it is).
     */
    private static boolean oneControl(UIInput input) {
        String renderer = String.valueOf(input.getRendererType());
        boolean group = (input instanceof UISelectOne || input instanceof UISelectMany)
                && (renderer.endsWith("Radio") || renderer.endsWith("Checkbox"));
        // the HTML checker's schema allows no ARIA state on the date and time inputs (the audit period's fields)
        Object type = input.getPassThroughAttributes().get("type");
        boolean dateOrTime = type != null && DATE_AND_TIME.contains(type.toString());
        return !group && !dateOrTime;
    }

    private static void describe(FacesContext context, UIInput input, UIMessage message) {
        Map<String, Object> attributes = input.getPassThroughAttributes();
        boolean invalid = !input.isValid() || !context.getMessageList(input.getClientId(context)).isEmpty();
        if (invalid) {
            if (message.getId() == null || message.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX)) {
                message.setId(input.getId() + "Error");
            }
            attributes.put("aria-invalid", "true");
            attributes.put("aria-describedby", message.getClientId(context));
        } else {
            attributes.remove("aria-invalid");
            attributes.remove("aria-describedby");
        }
    }
}
