package org.complaintdesk.bench;

import static org.complaintdesk.it.support.ComplaintApi.apology;
import static org.complaintdesk.it.support.ComplaintApi.handBack;
import static org.complaintdesk.it.support.ComplaintApi.newComplaint;
import static org.complaintdesk.it.support.ComplaintApi.replied;
import static org.complaintdesk.it.support.ComplaintApi.reply;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import tools.jackson.databind.JsonNode;

/**
 * The people of the soak: intake clients that log complaints at a steady pace, and scripted agents, team leads
 * and supervisors who act on each complaint at set times after it reaches them, along one of the paths below.
 * Every scripted step lies mid-way between two timers (a reminder every 30 s, say, and the step at 45 s), so that
 * what should happen is clear from the timeline. A step that finds its task not open yet (a timer firing late)
 * is retried every 3 s, ten times at most.
 */
final class SoakPeople {

    /** How a complaint goes; each path is taken by the share of complaints given (out of 100). */
    enum Path {
        RESOLVED_ON_SPOT(10), REPLIED_BEFORE_WARNING(15), REPLIED_AFTER_WARNING(15), OVERDUE_LEAD_REPLIES(12),
        OVERDUE_LEAD_HANDS_BACK(12), OVERDUE_TO_SUPERVISOR(12), ESCALATED_LEAD_REPLIES(12), ESCALATED_TO_SUPERVISOR(12);

        final int share;

        Path(int share) {
            this.share = share;
        }

        /** Spreads the paths evenly over every 100 consecutive complaints. */
        static Path of(int index) {
            int slot = Math.floorMod(index * 37, 100);
            for (Path path : values()) {
                if (slot < path.share) {
                    return path;
                }
                slot -= path.share;
            }
            throw new IllegalStateException("shares do not add up to 100");
        }
    }

    private static final Duration RETRY = Duration.ofSeconds(3);
    private static final int TRIES = 10;

    private final SoakWindows windows;
    private final DeskServer desk;
    private final ScheduledExecutorService people = Executors.newScheduledThreadPool(12);
    private final Map<Path, AtomicInteger> taken = new EnumMap<>(Path.class);
    final AtomicInteger logged = new AtomicInteger();
    final AtomicInteger steps = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    final AtomicInteger failures = new AtomicInteger();
    final AtomicInteger reopened = new AtomicInteger();
    private final List<String> failureSamples = new ArrayList<>();
    private volatile boolean stopping;

    SoakPeople(DeskServer desk, SoakWindows windows) {
        this.desk = desk;
        this.windows = windows;
        for (Path path : Path.values()) {
            taken.put(path, new AtomicInteger());
        }
    }

    /** Logs complaints from {@code threads} clients, {@code total} of them spread evenly until {@code end}. */
    void runIntake(int threads, int total, Instant end) throws InterruptedException {
        Instant start = Instant.now();
        long spacingNanos = Duration.between(start, end).toNanos() / total;
        AtomicInteger next = new AtomicInteger();
        ExecutorService intake = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            intake.execute(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    Instant slot = start.plusNanos(spacingNanos * i);
                    if (slot.isAfter(end)) {
                        return;
                    }
                    sleepUntil(slot);
                    try {
                        logOne(i);
                    } catch (RuntimeException e) {
                        failed("intake " + i + ": " + e);
                    }
                }
            });
        }
        intake.shutdown();
        intake.awaitTermination(Duration.between(Instant.now(), end).toMillis() + 120_000, TimeUnit.MILLISECONDS);
        intake.shutdownNow();
    }

    /** Stops the scripted people: steps not yet due are dropped, steps under way are interrupted. */
    void stop() throws InterruptedException {
        stopping = true;
        people.shutdownNow();
        people.awaitTermination(2, TimeUnit.MINUTES);
    }

    Map<Path, AtomicInteger> taken() {
        return taken;
    }

    synchronized List<String> failureSamples() {
        return List.copyOf(failureSamples);
    }

    private void logOne(int index) {
        Path path = Path.of(index);
        boolean complex = index % 5 == 0 && path.compareTo(Path.ESCALATED_LEAD_REPLIES) < 0 && path != Path.RESOLVED_ON_SPOT;
        Case c = new Case(index, index % 2 == 0 ? "agent1" : "agent2", index % 2 == 0 ? "lead1" : "lead2", path, complex);
        String category = path.name().startsWith("ESCALATED") ? "DELIVERY" : "BILLING";
        HttpResponse<String> created = client(c.agent).postJson("/api/complaints",
                ComplaintApi.write(newComplaint(category, complex ? "COMPLEX" : "SIMPLE")));
        if (created.statusCode() != 201) {
            failed(ComplaintApi.describe(created));
            return;
        }
        JsonNode complaint = ComplaintApi.json(created);
        c.number = ComplaintApi.text(complaint, "number");
        Instant received = ComplaintApi.instant(complaint, "receivedAt");
        Instant deadline = ComplaintApi.instant(complaint, "replyDeadline");
        String outcome = switch (path) {
            case RESOLVED_ON_SPOT -> "RESOLVED";
            case ESCALATED_LEAD_REPLIES, ESCALATED_TO_SUPERVISOR -> "ESCALATE";
            default -> "NEEDS_REPLY";
        };
        HttpResponse<String> recorded = client(c.agent).postJson("/api/complaints/" + c.number + "/tasks/task_apologiseAndRecord",
                ComplaintApi.write(apology(complex ? "COMPLEX" : "SIMPLE", outcome, !"ESCALATE".equals(outcome))));
        if (recorded.statusCode() != 200) {
            failed(ComplaintApi.describe(recorded));
            return;
        }
        logged.incrementAndGet();
        taken.get(path).incrementAndGet();
        Instant now = Instant.now();
        Duration window = windows.reply(complex);
        switch (path) {
            case RESOLVED_ON_SPOT -> closed(c);
            case REPLIED_BEFORE_WARNING -> agentReplies(c, received.plus(window.dividedBy(4)), "task_reply");
            case REPLIED_AFTER_WARNING -> agentReplies(c, received.plus(window.multipliedBy(3).dividedBy(4)), "task_reply");
            case ESCALATED_LEAD_REPLIES, ESCALATED_TO_SUPERVISOR -> leadStage(c, now, windows.leadContact());
            default -> leadStage(c, deadline, windows.escalation());
        }
    }

    /** The complaint is with the team lead from {@code start}, who must act within {@code window}. */
    private void leadStage(Case c, Instant start, Duration window) {
        Duration cycle = windows.reminderCycle();
        Duration halfCycle = cycle.dividedBy(2);
        boolean leadActs = c.reopened ? c.index % 2 == 0 : switch (c.path) {
            case OVERDUE_LEAD_REPLIES, OVERDUE_LEAD_HANDS_BACK, ESCALATED_LEAD_REPLIES -> true;
            default -> false;
        };
        if (!leadActs) {
            // the lead lets the deadline pass: the supervisor acts one or two and a half reminder cycles later
            Instant supervisorActs = start.plus(window).plus(c.index % 3 == 0 ? cycle.plus(cycle).plus(halfCycle) : cycle.plus(halfCycle));
            boolean handsBack = c.index % 2 == 1;
            act(c, supervisorActs, "supervisor1", "task_supervisorHandle",
                    handsBack ? handBack("call back with the refund number") : replied("the refund is booked"),
                    () -> afterDecision(c, handsBack));
        } else if (c.path == Path.OVERDUE_LEAD_HANDS_BACK) {
            act(c, start.plus(halfCycle), c.lead, "task_teamLeadHandle", handBack("call back with the refund number"),
                    () -> afterDecision(c, true));
        } else {
            // before the first reminder when escalated at once, after one reminder otherwise
            Instant leadActsAt = start.plus(c.path == Path.ESCALATED_LEAD_REPLIES ? halfCycle : cycle.plus(halfCycle));
            act(c, leadActsAt, c.lead, "task_teamLeadHandle", replied("the refund is booked"), () -> afterDecision(c, false));
        }
    }

    private void afterDecision(Case c, boolean handedBack) {
        if (handedBack) {
            // the agent replies as instructed after one reminder, half a cycle before the second
            agentReplies(c, Instant.now().plus(windows.reminderCycle().multipliedBy(3).dividedBy(2)), "task_replyAsInstructed");
        } else {
            closed(c);
        }
    }

    private void agentReplies(Case c, Instant at, String taskKey) {
        act(c, at, c.agent, taskKey, reply("the refund is booked"), () -> closed(c));
    }

    /** Closed: the customer rates 20 s later (1 30 %, 2 20 %, 3 15 %, 4 20 %, none 15 %); a reopened one rates 1 or 2. */
    private void closed(Case c) {
        int slot = Math.floorMod(c.index * 53, 20);
        int rating = c.reopened ? 1 + c.index % 2 : slot < 6 ? 1 : slot < 10 ? 2 : slot < 13 ? 3 : slot < 17 ? 4 : 0;
        if (rating == 0) {
            return;
        }
        Instant at = Instant.now().plusSeconds(20);
        String body = "{\"rating\": " + rating + "}";
        schedule(c, at, () -> client(c.agent).postJson("/api/complaints/" + c.number + "/rating", body), 1, () -> {
            if (rating == 3) {
                act(c, Instant.now().plusSeconds(20), c.lead, "task_qualityReview",
                        ComplaintApi.object().put("findings", "tone was curt; coached"), () -> { });
            } else if (rating == 4) {
                c.reopened = true;
                reopened.incrementAndGet();
                leadStage(c, Instant.now(), windows.reply(c.complex));
            }
        });
    }

    /** A lead's or supervisor's step claims the task first; an agent's step just completes it. */
    private void act(Case c, Instant at, String user, String taskKey, Object body, Runnable then) {
        String json = ComplaintApi.write(body);
        boolean claims = !user.startsWith("agent") && !taskKey.equals("task_qualityReview");
        schedule(c, at, () -> {
            if (claims) {
                HttpResponse<String> claim = client(user).postJson("/api/complaints/" + c.number + "/claim", "");
                if (claim.statusCode() != 200 && claim.statusCode() != 204) {
                    return claim;
                }
            }
            return client(user).postJson("/api/complaints/" + c.number + "/tasks/" + taskKey, json);
        }, 1, then);
    }

    private void schedule(Case c, Instant at, Supplier<HttpResponse<String>> step, int attempt, Runnable then) {
        long delay = Math.max(0, Duration.between(Instant.now(), at).toMillis());
        people.schedule(() -> {
            try {
                HttpResponse<String> response = step.get();
                if (response.statusCode() / 100 == 2) {
                    steps.incrementAndGet();
                    then.run();
                } else if (response.statusCode() == 409 && attempt < TRIES) {
                    retries.incrementAndGet();
                    schedule(c, Instant.now().plus(RETRY), step, attempt + 1, then);
                } else {
                    failed(c.path + " " + ComplaintApi.describe(response));
                }
            } catch (RuntimeException e) {
                if (!stopping) {
                    failed(c.path + " " + c.number + ": " + e);
                }
            }
        }, delay, TimeUnit.MILLISECONDS);
    }

    /**
     * A fresh client per request, as {@link ComplaintApi#as} does: clients that kept the session cookie and sent
     * several requests of one user at once got sporadic 403 pages (reported with the soak's results).
     */
    private DeskClient client(String user) {
        return new DeskClient(desk).basic(user, ComplaintApi.PASSWORD);
    }

    private synchronized void failed(String what) {
        failures.incrementAndGet();
        if (failureSamples.size() < 20) {
            String sample = what.length() > 400 ? what.substring(0, 400) : what;
            failureSamples.add(sample);
            System.out.println("soak: step failed: " + sample);
        }
    }

    private static void sleepUntil(Instant when) {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** One complaint as the script sees it. */
    private static final class Case {
        final int index;
        final String agent;
        final String lead;
        final Path path;
        final boolean complex;
        volatile String number;
        volatile boolean reopened;

        Case(int index, String agent, String lead, Path path, boolean complex) {
            this.index = index;
            this.agent = agent;
            this.lead = lead;
            this.path = path;
            this.complex = complex;
        }
    }
}
