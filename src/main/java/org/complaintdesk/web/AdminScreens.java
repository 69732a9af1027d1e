package org.complaintdesk.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** The administration screens' words come from the "adm" bundle (Screens reads "msg"). */
final class AdminScreens {

    private AdminScreens() {
    }

    /**
     * An information message from the adm bundle, kept over the redirect that follows a change; arguments fill
     * its {0}, {1}...
     */
    static void info(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle adm = faces.getApplication().getResourceBundle(faces, "adm");
        String text = adm.containsKey(key) ? adm.getString(key) : key;
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                arguments.length == 0 ? text : java.text.MessageFormat.format(text, arguments), null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
