package org.complaintdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintFilter;
import org.complaintdesk.complaint.ComplaintQueries;

/** Find a complaint by its number, the customer's phone or surname (the newest 50 matches). */
@Named
@RequestScoped
public class SearchBean {

    @Inject
    ComplaintQueries queries;

    private String query;
    private List<Complaint> results = List.of();
    private boolean searched;

    public String search() {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            return null;
        }
        searched = true;
        if (text.toUpperCase().startsWith("C-")) {
            return exists(text.toUpperCase())
                    ? "/complaint?faces-redirect=true&number=" + text.toUpperCase() : null;
        }
        boolean phone = text.matches("[0-9+\\- ]{3,20}");
        ComplaintFilter filter = new ComplaintFilter(null, null, null, null, null, null, null,
                phone ? text : null, phone ? null : text);
        results = queries.search(filter, 0, 50).items();
        return null;
    }

    private boolean exists(String number) {
        try {
            queries.get(number);
            return true;
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<Complaint> getResults() {
        return results;
    }

    public boolean isSearched() {
        return searched;
    }
}
