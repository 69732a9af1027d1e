package org.complaintdesk.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintQueries;

/**
 * A screen of one complaint, opened with its number as the view parameter ({@code f:viewParam name="number"} and
 * {@code f:viewAction action="#{bean.load}"}): loads the complaint, or shows "not found" on the page's form. A screen
 * adds what it needs beside the complaint in {@link #loaded}.
 */
public abstract class ComplaintScreen implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintQueries queries;

    // package-private: the screens read them as their own fields
    String number;
    Complaint complaint;

    public void load() {
        Screens.attempt(formId(), () -> {
            complaint = queries.get(number);
            loaded();
        });
    }

    /** The id of the form whose fields a refusal's messages go next to. */
    abstract String formId();

    /** What the screen reads beside the complaint, once it is loaded. */
    void loaded() {
    }

    /** The complaint's own page, after a step. */
    String toComplaint() {
        return "/complaint?faces-redirect=true&number=" + number;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Complaint getComplaint() {
        return complaint;
    }
}
