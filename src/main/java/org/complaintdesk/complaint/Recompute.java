package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-derives a complaint's SLA figures from its hash-chained history alone (the lines that set a deadline, moved it
 * by a pause, recorded the reply, the rating) and lists every difference from what is stored, which screens, reports and
 * KPIs read: a row changed behind the desk's back shows here even when its history is intact.
 */
@ApplicationScoped
@Transactional
public class Recompute {

    /** One stored value that the history does not bear out. */
    public record Difference(String number, String field, String stored, String derived) {
    }

    /** The figures the history says a complaint has. */
    record Derived(Instant replyDeadline, Instant repliedAt, Boolean slaMet, Integer minutesLate, Integer rating, long pausedSeconds) {
    }

    private static final Pattern DUE = Pattern.compile("reply due (\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z)");
    private static final Pattern PAUSED = Pattern.compile("paused (\\d+) s of business time");
    private static final Pattern RATING = Pattern.compile("rating (\\d)");

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintRepository repository;

    @Inject
    HistoryLog history;

    /** The differences of one complaint. */
    public List<Difference> of(String number) {
        Complaint complaint = repository.findByNumber(number).orElseThrow(() -> ComplaintException.notFound(number));
        return compare(complaint, derive(history.of(complaint.getId())));
    }

    /** The differences of every complaint received in [from, to), in number order, at most {@code max}. */
    public List<Difference> between(Instant from, Instant to, int max) {
        List<Difference> differences = new ArrayList<>();
        int first = 0;
        List<Complaint> page;
        do {
            page = em.createQuery("select c from Complaint c where c.receivedAt >= :from and c.receivedAt < :to order by c.number",
                    Complaint.class).setParameter("from", Complaint.utc(from)).setParameter("to", Complaint.utc(to))
                    .setFirstResult(first).setMaxResults(500).getResultList();
            for (Complaint complaint : page) {
                differences.addAll(compare(complaint, derive(history.of(complaint.getId()))));
                if (differences.size() >= max) {
                    return differences.subList(0, max);
                }
            }
            first += page.size();
            em.clear();
        } while (page.size() == 500);
        return differences;
    }

    /** Reads the history in order, as the desk wrote it. */
    static Derived derive(List<HistoryEntry> lines) {
        Instant deadline = null;
        Instant repliedAt = null;
        Integer rating = null;
        long paused = 0;
        for (HistoryEntry line : lines) {
            String changes = line.getChanges() == null ? "" : line.getChanges();
            switch (line.getAction()) {
                case "LOGGED", "RECLASSIFIED", "RESUMED" -> {
                    deadline = find(DUE, changes).map(Instant::parse).orElse(deadline);
                    paused += find(PAUSED, changes).map(Long::parseLong).orElse(0L);
                }
                case "REOPENED" -> {
                    deadline = find(DUE, changes).map(Instant::parse).orElse(deadline);
                    repliedAt = null;
                }
                case "REPLIED" -> repliedAt = line.getAt();
                case "APOLOGISED_AND_RECORDED" -> repliedAt = changes.contains("outcome RESOLVED") ? line.getAt() : repliedAt;
                case "RATED" -> rating = find(RATING, changes).map(Integer::valueOf).orElse(rating);
                default -> {
                    // other lines set no SLA figure
                }
            }
        }
        Integer minutesLate = deadline == null || repliedAt == null ? null : Complaint.minutesLate(deadline, repliedAt);
        return new Derived(deadline, repliedAt, minutesLate == null ? null : minutesLate == 0, minutesLate, rating, paused);
    }

    static List<Difference> compare(Complaint c, Derived d) {
        List<Difference> differences = new ArrayList<>();
        String n = c.getNumber();
        check(differences, n, "replyDeadline", c.getReplyDeadline(), d.replyDeadline());
        check(differences, n, "repliedAt", c.getRepliedAt(), d.repliedAt());
        check(differences, n, "slaMet", c.getSlaMet(), d.slaMet());
        check(differences, n, "minutesLate", c.getMinutesLate(), d.minutesLate());
        check(differences, n, "rating", c.getRating(), d.rating());
        check(differences, n, "pausedSeconds", c.getPausedSeconds(), d.pausedSeconds());
        return differences;
    }

    private static void check(List<Difference> differences, String number, String field, Object stored, Object derived) {
        if (!Objects.equals(stored, derived)) {
            differences.add(new Difference(number, field, String.valueOf(stored), String.valueOf(derived)));
        }
    }

    private static java.util.Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }
}
