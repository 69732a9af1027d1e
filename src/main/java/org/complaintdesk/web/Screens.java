package org.complaintdesk.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.complaintdesk.complaint.ComplaintException;

/** Small helpers the backing beans share: messages next to their fields, the page's bundle, redirects. */
final class Screens {

    private Screens() {
    }

    static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg");
    }

    static String text(String key) {
        ResourceBundle bundle = bundle();
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }

    static void info(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Runs a step that stays on the page; a refusal is shown on the form (see {@link #show}). Whether it went through. */
    static boolean attempt(String formId, Runnable step) {
        try {
            step.run();
            return true;
        } catch (ComplaintException refused) {
            show(refused, formId);
            return false;
        }
    }

    /** Runs a step that leads on: its outcome, or null (stay on the page) with the refusal shown on the form. */
    static String perform(String formId, Supplier<String> step) {
        try {
            return step.get();
        } catch (ComplaintException refused) {
            show(refused, formId);
            return null;
        }
    }

    /**
     * Shows a refused step: each bad field's message next to the input of the same id in the form, the rest
     * at the top of the page. Nothing was saved (the service refused before changing anything).
     */
    static void show(ComplaintException refused, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refused.errors().isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, spoken(refused, faces), null));
        }
        Refusals refusals = CDI.current().select(Refusals.class).get();
        for (ComplaintException.FieldError error : refused.errors()) {
            UIComponent field = faces.getViewRoot().findComponent(formId + ":" + error.field());
            String text = refusals.text(error, bundle(), faces.getViewRoot().getLocale());
            faces.addMessage(field == null ? null : field.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        faces.validationFailed();
    }

    /** A refusal in the page's language when it is named and has words there; else its detail as written. */
    static String spoken(ComplaintException refused, FacesContext faces) {
        ResourceBundle words = bundle();
        if (refused.refusal() == null || !words.containsKey("refusal." + refused.refusal())) {
            return refused.getMessage();
        }
        return CDI.current().select(Refusals.class).get().named(refused.refusal(), refused.refusalArguments(), words,
                faces.getViewRoot().getLocale());
    }
}
