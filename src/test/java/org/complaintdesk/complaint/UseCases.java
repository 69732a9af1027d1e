package org.complaintdesk.complaint;

/** Inputs of the use-case tests. */
final class UseCases {

    private UseCases() {
    }

    static NewComplaint billing(String surname) {
        return complaint(surname, Category.BILLING);
    }

    static NewComplaint complaint(String surname, Category category) {
        return new NewComplaint(Channel.PHONE, surname, "Mr", "+86 138 0000 0000", null, "ACC-1", category, Complexity.SIMPLE,
                "charged twice for March", "double charge", "refund", null, null);
    }
}
