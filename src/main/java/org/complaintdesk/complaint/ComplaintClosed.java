package org.complaintdesk.complaint;

/**
 * Fired (as a synchronous CDI event, inside the closing transaction) when a complaint closes; when the
 * customer is to be asked for a rating, observers may prepare the question.
 */
public record ComplaintClosed(Long complaintId, String number, String contactPhone, CustomerLanguage customerLanguage,
        boolean awaitsRating) {
}
