package org.complaintdesk.complaint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.complaintdesk.sla.ComplianceSummary;
import org.complaintdesk.sla.Period;
import org.complaintdesk.sla.SlaWindows;
import org.complaintdesk.workflow.ComplaintProcess;

/**
 * Re-derives a complaint's SLA figures from its hash-chained history alone (the lines that set a deadline, moved it
 * by a pause, recorded the reply, the rating, handed it over) and lists every difference from what is stored, which
 * screens, reports and KPIs read: a row changed behind the desk's back shows here even when its history is intact.
 * For a period, the compliance summary's counts are re-derived as well, from the histories of the complaints its
 * days hold, and compared with the counts the dashboard reads.
 */
@ApplicationScoped
@Transactional
public class Recompute {

    /** One stored value that the history does not bear out. */
    public record Difference(String number, String field, String stored, String derived) {
    }

    /** One count of the compliance summary (a day, a dimension's value) that the histories do not bear out. */
    public record CountDifference(LocalDate day, String dimension, String value, String count, long stored, long derived) {
    }

    /** What a period's recompute found, over which days (in the desk's zone) and how many complaints. */
    public record PeriodResult(boolean agrees, LocalDate firstDay, LocalDate lastDay, int complaints, List<Difference> differences,
            List<CountDifference> countDifferences, boolean truncated) {
    }

    /** The longest period one recompute covers: a month of a call centre's complaints is read in a few seconds. */
    public static final java.time.Duration LONGEST_PERIOD = java.time.Duration.ofDays(31);

    /**
     * The figures the history says a complaint has; a dimension the history does not name (a complaint logged before
     * its team was written into the line) is null.
     */
    record Derived(Instant replyDeadline, Instant repliedAt, Boolean slaMet, Integer minutesLate, Integer rating, long pausedSeconds,
            String channel, String category, String complexity, String team, String agent) {
    }

    /** The summary's counts, in the order of the arrays counted by (day, dimension, value). */
    static final List<String> COUNTS = List.of("total", "replied", "met", "breached", "paused", "pausedSeconds");

    private static final Pattern DUE = Pattern.compile("reply due (\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z)");
    private static final Pattern PAUSED = Pattern.compile("paused (\\d+) s of business time");
    private static final Pattern RATING = Pattern.compile("rating (\\d)");
    private static final Pattern LOGGED = Pattern.compile("^([A-Z_]+), ([A-Z_]+), ([A-Z_]+)");
    private static final Pattern TEAM = Pattern.compile(", team ([^,]+)");
    private static final Pattern ASSIGNED = Pattern.compile("assigned to ([^,]+)$");
    private static final Pattern RECLASSIFIED = Pattern.compile("complexity [A-Z_]+ -> ([A-Z_]+)");
    private static final Pattern HANDED_OVER = Pattern.compile("^from \\S+ to (\\S+)$");
    // a move by an administrator changes the agent only when it puts the complaint on one of an agent's steps
    private static final Pattern MOVED_TO_AGENT = Pattern.compile("^to (\\S+) \\((" + ComplaintProcess.TASK_APOLOGISE_AND_RECORD + "|"
            + ComplaintProcess.TASK_FORWARD_SUGGESTION + "|" + ComplaintProcess.TASK_REPLY + "|" + ComplaintProcess.TASK_REPLY_AS_INSTRUCTED + "),");
    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintRepository repository;

    @Inject
    HistoryLog history;

    @Inject
    DataSource dataSource;

    @Inject
    SlaWindows windows;

    /** The differences of one complaint. */
    public List<Difference> of(String number) {
        Complaint complaint = repository.findByNumber(number).orElseThrow(() -> ComplaintException.notFound(number));
        return compare(complaint, derive(history.of(complaint.getId())));
    }

    /**
     * Every complaint received on the period's days (whole days in the desk's zone, as the summary counts them): the
     * differences of each, at most {@code max}, and of the summary's counts of those days.
     */
    public PeriodResult period(Period period, int max) {
        ZoneId zone = windows.timeZone();
        Period days = period.wholeDays(zone);
        List<Difference> differences = new ArrayList<>();
        Map<List<Object>, long[]> derivedCounts = newCounts();
        int complaints = 0;
        long after = 0;
        List<Complaint> page;
        do {
            page = em.createQuery("select c from Complaint c where c.receivedAt >= :from and c.receivedAt < :to and c.id > :after"
                    + " order by c.id", Complaint.class).setParameter("from", Complaint.utc(days.from()))
                    .setParameter("to", Complaint.utc(days.to())).setParameter("after", after).setMaxResults(PAGE).getResultList();
            Map<Long, List<HistoryEntry>> histories = historiesOf(page);
            for (Complaint complaint : page) {
                Derived derived = derive(histories.getOrDefault(complaint.getId(), List.of()));
                differences.addAll(compare(complaint, derived));
                count(derivedCounts, LocalDate.ofInstant(complaint.getReceivedAt(), zone), ComplaintCounts.dimensions(complaint), derived);
                after = complaint.getId();
            }
            complaints += page.size();
            em.clear();
        } while (page.size() == PAGE);
        differences.sort(java.util.Comparator.comparing(Difference::number));
        List<CountDifference> countDifferences = compareCounts(storedCounts(days, zone), derivedCounts);
        boolean truncated = differences.size() > max || countDifferences.size() > max;
        return new PeriodResult(differences.isEmpty() && countDifferences.isEmpty(), days.firstDay(zone), days.endDay(zone).minusDays(1),
                complaints, List.copyOf(differences.subList(0, Math.min(max, differences.size()))),
                List.copyOf(countDifferences.subList(0, Math.min(max, countDifferences.size()))), truncated);
    }

    private Map<Long, List<HistoryEntry>> historiesOf(List<Complaint> complaints) {
        if (complaints.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = complaints.stream().map(Complaint::getId).toList();
        return em.createQuery("select h from HistoryEntry h where h.complaintId in :ids order by h.complaintId, h.seqNo", HistoryEntry.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.groupingBy(HistoryEntry::getComplaintId, LinkedHashMap::new, Collectors.toList()));
    }

    /** Adds what a complaint counts for, by its history, to each of its dimensions' counts (nothing without a deadline). */
    static void count(Map<List<Object>, long[]> counts, LocalDate day, ComplianceSummary.Dimensions stored, Derived derived) {
        if (derived.replyDeadline() == null) {
            return;
        }
        ComplianceSummary.Dimensions dimensions = new ComplianceSummary.Dimensions(
                derived.team() == null ? stored.team() : derived.team(),
                derived.agent() == null ? stored.agent() : derived.agent(),
                derived.category() == null ? stored.category() : derived.category(),
                derived.complexity() == null ? stored.complexity() : derived.complexity(),
                derived.channel() == null ? stored.channel() : derived.channel());
        for (Map.Entry<String, String> value : dimensions.values().entrySet()) {
            long[] c = counts.computeIfAbsent(List.of(day, value.getKey(), value.getValue()), k -> new long[COUNTS.size()]);
            c[0]++;
            if (derived.slaMet() != null) {
                c[1]++;
                c[derived.slaMet() ? 2 : 3]++;
            }
            if (derived.pausedSeconds() > 0) {
                c[4]++;
                c[5] += derived.pausedSeconds();
            }
        }
    }

    private Map<List<Object>, long[]> storedCounts(Period days, ZoneId zone) {
        Map<List<Object>, long[]> counts = newCounts();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select summary_day, dimension, dim_value, sum(total),"
                     + " sum(replied), sum(met), sum(breached), sum(paused), sum(paused_seconds) from compliance_counts where summary_day >= ? and summary_day < ?"
                     + " group by summary_day, dimension, dim_value")) {
            statement.setDate(1, Date.valueOf(days.firstDay(zone)));
            statement.setDate(2, Date.valueOf(days.endDay(zone)));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counts.put(List.of(rows.getDate(1).toLocalDate(), rows.getString(2), rows.getString(3)),
                            new long[] {rows.getLong(4), rows.getLong(5), rows.getLong(6), rows.getLong(7), rows.getLong(8), rows.getLong(9)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the compliance counts", e);
        }
        return counts;
    }

    /** Every count that differs, a value missing on one side counting as 0 (a row of zeros is no difference). */
    static List<CountDifference> compareCounts(Map<List<Object>, long[]> stored, Map<List<Object>, long[]> derived) {
        Map<List<Object>, long[]> keys = new TreeMap<>(Recompute::compareKeys);
        keys.putAll(stored);
        keys.putAll(derived);
        List<CountDifference> differences = new ArrayList<>();
        for (List<Object> key : keys.keySet()) {
            long[] s = stored.getOrDefault(key, new long[COUNTS.size()]);
            long[] d = derived.getOrDefault(key, new long[COUNTS.size()]);
            for (int i = 0; i < COUNTS.size(); i++) {
                if (s[i] != d[i]) {
                    differences.add(new CountDifference((LocalDate) key.get(0), (String) key.get(1), (String) key.get(2), COUNTS.get(i), s[i], d[i]));
                }
            }
        }
        return differences;
    }

    /** Counts by (day, dimension, value), in that order. */
    static Map<List<Object>, long[]> newCounts() {
        return new TreeMap<>(Recompute::compareKeys);
    }

    private static int compareKeys(List<Object> a, List<Object> b) {
        int day = ((LocalDate) a.get(0)).compareTo((LocalDate) b.get(0));
        if (day != 0) {
            return day;
        }
        int dimension = ((String) a.get(1)).compareTo((String) b.get(1));
        return dimension != 0 ? dimension : ((String) a.get(2)).compareTo((String) b.get(2));
    }

    /** Reads the history in order, as the desk wrote it. */
    static Derived derive(List<HistoryEntry> lines) {
        Instant deadline = null;
        Instant repliedAt = null;
        Integer rating = null;
        long paused = 0;
        String channel = null;
        String category = null;
        String complexity = null;
        String team = null;
        String agent = null;
        for (HistoryEntry line : lines) {
            String changes = line.getChanges() == null ? "" : line.getChanges();
            switch (line.getAction()) {
                case "LOGGED" -> {
                    Matcher logged = LOGGED.matcher(changes);
                    if (logged.find()) {
                        channel = logged.group(1);
                        category = logged.group(2);
                        complexity = logged.group(3);
                    }
                    team = find(TEAM, changes).orElse(null);
                    agent = line.getActor().startsWith("integration:") ? find(ASSIGNED, changes).orElse(null) : line.getActor();
                    deadline = find(DUE, changes).map(Instant::parse).orElse(deadline);
                }
                case "RECLASSIFIED" -> {
                    complexity = find(RECLASSIFIED, changes).orElse(complexity);
                    deadline = find(DUE, changes).map(Instant::parse).orElse(deadline);
                }
                case "HANDED_OVER" -> agent = find(HANDED_OVER, changes).orElse(agent);
                case "MOVED" -> agent = find(MOVED_TO_AGENT, changes).orElse(agent);
                case "RESUMED" -> {
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
        Integer minutesLate = deadline == null || repliedAt == null ? null : PromisedReply.minutesLate(deadline, repliedAt);
        return new Derived(deadline, repliedAt, minutesLate == null ? null : minutesLate == 0, minutesLate, rating, paused,
                channel, category, complexity, team, agent);
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
        // a dimension the history does not name is not checked
        checkNamed(differences, n, "channel", c.getChannel().name(), d.channel());
        checkNamed(differences, n, "category", c.getCategory().name(), d.category());
        checkNamed(differences, n, "complexity", c.getComplexity().name(), d.complexity());
        checkNamed(differences, n, "team", c.getTeamCode() == null ? "-" : c.getTeamCode(), d.team());
        checkNamed(differences, n, "loggingAgent", c.getLoggingAgent(), d.agent());
        return differences;
    }

    private static void check(List<Difference> differences, String number, String field, Object stored, Object derived) {
        if (!Objects.equals(stored, derived)) {
            differences.add(new Difference(number, field, String.valueOf(stored), String.valueOf(derived)));
        }
    }

    private static void checkNamed(List<Difference> differences, String number, String field, String stored, String derived) {
        if (derived != null) {
            check(differences, number, field, stored, derived);
        }
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
