package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.security.Actor;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.workflow.ProcessTasks;
import org.complaintdesk.workflow.ProcessTasks.OpenTask;

/** Reading complaints, their open steps, history and alerts; changes nothing but an alert's read mark. */
@ApplicationScoped
@Transactional
public class ComplaintQueries {

    /** Largest page a search returns. */
    public static final int MAX_PAGE_SIZE = 200;

    @Inject
    ComplaintRepository repository;

    @Inject
    HistoryLog history;

    @Inject
    AlertRepository alerts;

    @Inject
    ProcessTasks tasks;

    @Inject
    DeskClock clock;

    public Complaint get(String number) {
        return repository.findByNumber(number).orElseThrow(() -> ComplaintException.notFound(number));
    }

    public ComplaintRepository.SearchResult search(ComplaintFilter filter, int page, int size) {
        return search(filter, ComplaintFilter.Order.NEWEST, page, size);
    }

    public ComplaintRepository.SearchResult search(ComplaintFilter filter, ComplaintFilter.Order order, int page, int size) {
        if (page < 0) {
            throw ComplaintException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ComplaintException.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        checkReach(page, size);
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            throw ComplaintException.invalid("to", "must be after from").because("periodBackwards");
        }
        return repository.search(filter, order, clock.now(), page, size);
    }

    public List<OpenTask> openTasks(String number) {
        return openTasks(get(number));
    }

    /** The open steps of a complaint the caller has read already. */
    public List<OpenTask> openTasks(Complaint complaint) {
        return tasks.open(complaint.getProcessInstanceId());
    }

    public List<HistoryEntry> history(String number) {
        return history(get(number));
    }

    public List<HistoryEntry> history(Complaint complaint) {
        return history.of(complaint.getId());
    }

    /** Whether the closed complaint waits for the customer's 1-4 rating (by SMS, or given on the phone). */
    public boolean waitsForRating(Complaint complaint) {
        return tasks.ratingWaitExecution(complaint.getProcessInstanceId()).isPresent();
    }

    /** When the complaint's alert of this kind was raised (the first), if it was. */
    public Optional<Instant> alerted(Complaint complaint, Alert.Kind kind) {
        return alerts.ofComplaint(complaint.getId()).stream().filter(a -> a.getKind() == kind).map(Alert::getRaisedAt).findFirst();
    }

    public List<DeadlineRecord> deadlines(String number) {
        return repository.deadlines(get(number).getId());
    }

    public List<EscalationRecord> escalations(String number) {
        return repository.escalations(get(number).getId());
    }

    /** An alert as one reader sees it: read or not by them. */
    public record InboxAlert(Alert alert, boolean read) {
    }

    public List<InboxAlert> alertsFor(Actor actor, String complaintNumber, boolean unreadOnly, int limit) {
        List<Alert> found = alerts.forUser(actor.username(), actor.groups(), actor.team(), complaintNumber, unreadOnly, limit);
        Set<Long> read = unreadOnly ? Set.of() : alerts.readBy(actor.username(), found.stream().map(Alert::getId).toList());
        return found.stream().map(a -> new InboxAlert(a, read.contains(a.getId()))).toList();
    }

    /** The caller's unread alerts of the last days for the header, {@link AlertRepository#MOST_COUNTED} + 1 at most. */
    public int unreadAlerts(Actor actor) {
        return alerts.unreadCount(actor.username(), actor.groups(), actor.team(), clock.now());
    }

    public InboxAlert markRead(Long alertId, Actor actor) {
        Alert alert = alerts.find(alertId).filter(a -> isFor(a, actor))
                .orElseThrow(() -> ComplaintException.unknown("alert", "You have no alert " + alertId));
        alerts.markRead(actor.username(), alertId, clock.now());
        return new InboxAlert(alert, true);
    }

    private static boolean isFor(Alert alert, Actor actor) {
        return actor.username().equals(alert.getRecipient()) || (alert.getRecipientRole() != null
                && actor.groups().contains(alert.getRecipientRole())
                && (actor.team() == null || alert.getTeamCode() == null || actor.team().equals(alert.getTeamCode())));
    }

    public Instant now() {
        return clock.now();
    }

    /** A page whose first row lies beyond what a query's offset can say (page times size over 2^31) is refused, not wrapped. */
    public static void checkReach(int page, int size) {
        if ((long) page * size > Integer.MAX_VALUE) {
            throw ComplaintException.invalid("page", "must be at most " + Integer.MAX_VALUE / size + " with pages of " + size);
        }
    }
}
