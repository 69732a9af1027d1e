package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricActivityInstance;

/**
 * The full trace of one complaint for auditors: its own history (who changed what and why) and the engine's
 * history (every step, timer and gateway the process passed), merged in time order.
 */
@ApplicationScoped
@Transactional
public class ComplaintTrace {

    /** Where a trace event comes from. */
    public enum Source { HISTORY, PROCESS }

    /** One event of the trace. */
    public record Event(Instant at, Source source, String actor, String what, String details) {
    }

    @Inject
    ComplaintQueries queries;

    @Inject
    HistoryService historyService;

    public List<Event> of(String number) {
        Complaint complaint = queries.get(number);
        List<Event> events = new ArrayList<>();
        for (HistoryEntry entry : queries.history(number)) {
            events.add(new Event(entry.getAt(), Source.HISTORY, entry.getActor(), entry.getAction(),
                    join(entry.getChanges(), entry.getReason())));
        }
        for (HistoricActivityInstance step : historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(complaint.getProcessInstanceId()).orderByHistoricActivityInstanceStartTime().asc()
                .orderByHistoricActivityInstanceId().asc().list()) {
            if ("sequenceFlow".equals(step.getActivityType())) {
                continue;
            }
            String details = step.getActivityName() + " (" + step.getActivityType() + ")"
                    + (step.getEndTime() == null ? ", open" : ", ended " + step.getEndTime().toInstant());
            events.add(new Event(step.getStartTime().toInstant(), Source.PROCESS, step.getAssignee(), step.getActivityId(), details));
        }
        events.sort(Comparator.comparing(Event::at));
        return events;
    }

    private static String join(String changes, String reason) {
        if (reason == null) {
            return changes;
        }
        return changes == null ? reason : changes + "; " + reason;
    }
}
