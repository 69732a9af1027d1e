package org.complaintdesk.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.ResourceBundle;

/** The administration screens' words come from the "adm" bundle (Screens reads "msg"). */
final class AdminScreens {

    private AdminScreens() {
    }

    /** An information message from the adm bundle, kept over the redirect that follows a change. */
    static void info(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle adm = faces.getApplication().getResourceBundle(faces, "adm");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, adm.containsKey(key) ? adm.getString(key) : key, null));
        faces.getExternalContext().getFlash().setKeepMessages(true);
    }
}
