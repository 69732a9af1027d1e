package org.complaintdesk.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.complaintdesk.bench.SoakCheck.Complaint;
import org.complaintdesk.bench.SoakCheck.Entry;
import org.complaintdesk.bench.SoakCheck.Range;
import org.complaintdesk.bench.SoakCheck.Span;

/**
 * The alerts one complaint's recorded timeline calls for, derived from the people's steps in its history (never
 * from what the timers wrote), the configured windows, and for reminders the engine's record of how long each task
 * stayed open:
 * <ul>
 * <li>REPLY_WARNING iff the warning instant (receipt + share of the reply window) passed before the first round
 * ended: the apology's outcome RESOLVED or ESCALATE, or a reply;
 * <li>REPLY_OVERDUE and an ESCALATION to TEAM_LEAD iff the reply deadline passed before that; the lead's stage then
 * starts at the deadline with the escalation window;
 * <li>an ESCALATION to TEAM_LEAD for an apology with outcome ESCALATE (lead-contact window from then) and for a
 * rating of 4 (the reopened reply window from then);
 * <li>an ESCALATION to SUPERVISOR iff the lead's window ran out before the first decision (reply or hand-back)
 * after the lead's stage began;
 * <li>REMINDER: for every team lead's, supervisor's and reply-as-instructed task, the whole reminder cycles it
 * stayed open;
 * <li>QUALITY_REVIEW: one per rating of 3.
 * </ul>
 * The lead's window is taken from the deadline recorded with the lead's escalation when there is one (a late timer
 * moves it), else from the nominal start. An instant within 2 s of the step or end that decides it may go either
 * way, and so may one between the cutoff (all due timers had fired) and the desk's stop. Past a doubtful
 * escalation the walk stops (counted as ambiguous): the escalations and reviews after it are not checked.
 */
final class SoakTimeline {

    private static final Duration BOUNDARY = Duration.ofSeconds(2);
    private static final Set<String> DECISIONS = Set.of("REPLIED", "HANDED_BACK");
    private static final Set<String> REMINDED_TASKS = Set.of("task_teamLeadHandle", "task_supervisorHandle", "task_replyAsInstructed");

    private final Complaint complaint;
    private final List<Entry> steps;
    private final Instant deadline;
    private final List<Span> spans;
    private final List<Instant[]> leadEscalations;
    private final SoakWindows windows;
    private final Instant cutoff;
    private final Instant stopped;
    private final Map<String, Range> expected = new HashMap<>();
    private Instant warningAt;
    private boolean ambiguous;

    SoakTimeline(Complaint complaint, List<Entry> history, Instant deadline, List<Span> spans, List<Instant[]> leadEscalations,
            SoakWindows windows, Instant cutoff, Instant stopped) {
        this.leadEscalations = leadEscalations;
        this.complaint = complaint;
        this.steps = history.stream().filter(e -> !e.actor().equals("system")).toList();
        this.deadline = deadline;
        this.spans = spans;
        this.windows = windows;
        this.cutoff = cutoff;
        this.stopped = stopped;
    }

    Map<String, Range> expected() {
        if (deadline != null) {
            firstRound();
        }
        for (Span span : spans) {
            if (REMINDED_TASKS.contains(span.key())) {
                add("REMINDER", cycles(span.start(), span.end()));
            }
        }
        return expected;
    }

    boolean ambiguous() {
        return ambiguous;
    }

    /** The warning instant, when the warning was expected for sure. */
    Instant warningAt() {
        return warningAt;
    }

    /** The reply deadline of the first round, for the overdue alert's lag. */
    Instant replyDeadline() {
        return deadline;
    }

    private void firstRound() {
        long window = Duration.between(complaint.received(), deadline).toMillis();
        Instant warning = complaint.received().plusMillis(Math.round(window * windows.warningShare()));
        Optional<Entry> end = first(complaint.received(), e -> e.action().equals("REPLIED") || e.action().equals("HANDED_BACK")
                || e.action().equals("APOLOGISED_AND_RECORDED") && !e.changes().contains("route NEEDS_REPLY"));
        Instant endAt = end.map(Entry::at).orElse(null);
        Range warned = occurs(warning, endAt);
        add("REPLY_WARNING", warned);
        warningAt = warned.equals(Range.ONE) ? warning : null;
        Range overdue = occurs(deadline, endAt);
        add("REPLY_OVERDUE", overdue);
        add("ESCALATION to TEAM_LEAD", overdue);
        if (overdue.equals(Range.MAYBE)) {
            unknownFromHere();
        } else if (overdue.equals(Range.ONE)) {
            leadStage(deadline, deadline.plus(windows.escalation()));
        } else if (end.isEmpty()) {
            return;
        } else if (end.get().action().equals("APOLOGISED_AND_RECORDED") && end.get().changes().contains("route ESCALATE")) {
            add("ESCALATION to TEAM_LEAD", Range.ONE);
            leadStage(endAt, endAt.plus(windows.leadContact()));
        } else {
            closed(endAt);
        }
    }

    /** With the team lead from start; to the supervisor unless the lead decides before leadDeadline. */
    private void leadStage(Instant start, Instant nominalDeadline) {
        Instant leadDeadline = leadEscalations.stream().filter(e -> !e[0].isBefore(start.minus(BOUNDARY)))
                .map(e -> e[1]).findFirst().orElse(nominalDeadline);
        Optional<Entry> decision = first(start, e -> DECISIONS.contains(e.action()));
        Range toSupervisor = occurs(leadDeadline, decision.map(Entry::at).orElse(null));
        add("ESCALATION to SUPERVISOR", toSupervisor);
        if (toSupervisor.equals(Range.MAYBE)) {
            unknownFromHere();
        } else if (decision.isPresent() && decision.get().action().equals("HANDED_BACK")) {
            first(decision.get().at(), e -> e.action().equals("REPLIED")).ifPresent(reply -> closed(reply.at()));
        } else {
            decision.ifPresent(replied -> closed(replied.at()));
        }
    }

    /** Closed at the given time: a rating of 3 opens a quality review, a rating of 4 reopens to the team lead. */
    private void closed(Instant at) {
        Optional<Entry> rated = first(at, e -> e.action().equals("RATED"));
        if (rated.isEmpty()) {
            return;
        }
        Instant ratedAt = rated.get().at();
        if (rated.get().changes().contains("rating 3")) {
            add("QUALITY_REVIEW", Range.ONE);
        } else if (rated.get().changes().contains("rating 4")) {
            add("ESCALATION to TEAM_LEAD", Range.ONE);
            leadStage(ratedAt, ratedAt.plus(windows.reply(complaint.complex())));
        }
    }

    /** A doubtful escalation: what follows it depends on which way it went, so any number is accepted. */
    private void unknownFromHere() {
        ambiguous = true;
        Range any = new Range(0, 1000);
        add("ESCALATION to TEAM_LEAD", any);
        add("ESCALATION to SUPERVISOR", any);
        add("QUALITY_REVIEW", any);
    }

    private Optional<Entry> first(Instant after, java.util.function.Predicate<Entry> what) {
        return steps.stream().filter(e -> !e.at().isBefore(after) && what.test(e)).findFirst();
    }

    /** Whether something due at the instant happened before the stage ended (end null: the stage was still open). */
    private Range occurs(Instant due, Instant end) {
        Instant surely = end == null ? cutoff : end;
        Instant possibly = end == null ? stopped : end;
        if (due.isBefore(surely.minus(BOUNDARY))) {
            return Range.ONE;
        }
        return due.isAfter(possibly.plus(BOUNDARY)) ? Range.ZERO : Range.MAYBE;
    }

    /** The whole reminder cycles between start and end (end null: still open). */
    private Range cycles(Instant start, Instant end) {
        Instant surely = end == null ? cutoff : end;
        Instant possibly = end == null ? stopped : end;
        long cycle = windows.reminderCycle().toMillis();
        long min = Math.max(0, Duration.between(start, surely.minus(BOUNDARY)).toMillis()) / cycle;
        long max = Math.max(0, Duration.between(start, possibly.plus(BOUNDARY)).toMillis()) / cycle;
        return new Range((int) min, (int) max);
    }

    private void add(String kind, Range range) {
        expected.merge(kind, range, Range::plus);
    }
}
