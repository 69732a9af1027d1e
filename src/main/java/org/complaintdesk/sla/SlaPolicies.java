package org.complaintdesk.sla;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.complaintdesk.platform.DeskSettings;

/**
 * The versions of the SLA policy: which one is in force, any one by number, and the next one when an administrator's
 * change (or a changed configuration at start) alters what a new complaint would be held to. Versions never change
 * once written, so each is read from the database once per desk and then kept.
 */
@ApplicationScoped
public class SlaPolicies {

    /** A new version and what it changed from the one before (empty for the first). */
    public record Renewal(SlaPolicy policy, List<String> changes) {
    }

    /** Key of the mark that a transaction wrote a version: versions it reads are not kept, it may yet roll back. */
    private static final Object WRITING = new Object();

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskSettings settings;

    @Inject
    SlaWindows windows;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<Integer, SlaPolicy> read = new ConcurrentHashMap<>();

    /** The version a complaint received now is held to (one short query: which version is the newest). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaPolicy current() {
        Number newest = (Number) em.createNativeQuery("select max(version) from sla_policy")
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
        if (newest == null) {
            throw new IllegalStateException("no SLA policy version exists: the desk makes the first one at start");
        }
        return of(newest.intValue());
    }

    /**
     * A version by number. A complaint without one was received before versions existed: it is held to the first.
     * @throws IllegalArgumentException if there is no such version
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SlaPolicy of(Integer version) {
        int wanted = version == null ? first() : version;
        SlaPolicy kept = read.get(wanted);
        if (kept != null) {
            return kept;
        }
        SlaPolicy loaded = load(wanted).orElseThrow(() -> new IllegalArgumentException("no SLA policy version " + wanted));
        if (!writing()) {
            read.put(wanted, loaded);
        }
        return loaded;
    }

    /** Every version's number, the newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Integer> versions() {
        List<?> versions = em.createNativeQuery("select version from sla_policy order by version desc").getResultList();
        return versions.stream().map(v -> ((Number) v).intValue()).toList();
    }

    /**
     * Writes the next version if what is in force now (the windows as changed by administrators or configured, the
     * teams' calendars) differs from the newest version, or if there is none. The caller holds the lock that makes
     * administrators' changes take turns, and has written its own change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Renewal> renew(String by, Instant now) {
        em.flush();
        transactions.putResource(WRITING, Boolean.TRUE);
        Number newest = (Number) em.createNativeQuery("select max(version) from sla_policy").getSingleResult();
        SlaPolicy before = newest == null ? null : of(newest.intValue());
        int next = newest == null ? 1 : newest.intValue() + 1;
        SlaPolicy inForce = new SlaPolicy(next, now, by, windows.timeZone(), windowsInForce(), calendarsInForce());
        if (before != null && inForce.sameTermsAs(before)) {
            return Optional.empty();
        }
        write(inForce);
        if (newest == null) {
            em.createNativeQuery("update complaint set policy_version = ?1 where policy_version is null").setParameter(1, next).executeUpdate();
        }
        return Optional.of(new Renewal(inForce, before == null ? List.of() : inForce.changesSince(before)));
    }

    private boolean writing() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE && transactions.getResource(WRITING) != null;
    }

    private int first() {
        Number first = (Number) em.createNativeQuery("select min(version) from sla_policy").setFlushMode(FlushModeType.COMMIT).getSingleResult();
        if (first == null) {
            throw new IllegalStateException("no SLA policy version exists: the desk makes the first one at start");
        }
        return first.intValue();
    }

    /** Read straight from the tables (not the transaction's copy of the settings), after the caller's change. */
    private Map<String, String> windowsInForce() {
        Map<String, String> values = new HashMap<>();
        SlaWindows.NAMES.forEach(name -> values.put(name, settings.configured(name)));
        for (Object row : em.createNativeQuery("select name, setting_value from desk_setting").getResultList()) {
            Object[] setting = (Object[]) row;
            if (values.containsKey((String) setting[0])) {
                values.put((String) setting[0], (String) setting[1]);
            }
        }
        return values;
    }

    private Map<String, SlaPolicy.TeamCalendar> calendarsInForce() {
        return calendars(em.createNativeQuery("select t.code, c.code, c.name, c.time_zone, c.week, c.days from desk_team t"
                + " join business_calendar c on c.code = t.calendar_code").getResultList());
    }

    private static Map<String, SlaPolicy.TeamCalendar> calendars(List<?> rows) {
        Map<String, SlaPolicy.TeamCalendar> calendars = new HashMap<>();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            calendars.put((String) c[0], new SlaPolicy.TeamCalendar((String) c[1], (String) c[2], (String) c[3], (String) c[4], (String) c[5]));
        }
        return calendars;
    }

    private void write(SlaPolicy policy) {
        em.createNativeQuery("insert into sla_policy (version, created_at, created_by, time_zone) values (?1, ?2, ?3, ?4)")
                .setParameter(1, policy.version()).setParameter(2, OffsetDateTime.ofInstant(policy.since(), ZoneOffset.UTC))
                .setParameter(3, policy.by()).setParameter(4, policy.zone().getId()).executeUpdate();
        policy.windows().forEach((name, value) -> em.createNativeQuery(
                "insert into sla_policy_window (version, name, window_value) values (?1, ?2, ?3)")
                .setParameter(1, policy.version()).setParameter(2, name).setParameter(3, value).executeUpdate());
        policy.calendars().forEach((team, c) -> em.createNativeQuery("insert into sla_policy_calendar"
                + " (version, team_code, calendar_code, calendar_name, time_zone, week, days) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, policy.version()).setParameter(2, team).setParameter(3, c.calendarCode())
                .setParameter(4, c.calendarName()).setParameter(5, c.timeZone()).setParameter(6, c.week()).setParameter(7, c.days())
                .executeUpdate());
    }

    private Optional<SlaPolicy> load(int version) {
        List<?> head = em.createNativeQuery("select created_at, created_by, time_zone from sla_policy where version = ?1")
                .setParameter(1, version).setFlushMode(FlushModeType.COMMIT).getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) head.get(0);
        Map<String, String> values = new HashMap<>();
        for (Object w : em.createNativeQuery("select name, window_value from sla_policy_window where version = ?1")
                .setParameter(1, version).setFlushMode(FlushModeType.COMMIT).getResultList()) {
            values.put((String) ((Object[]) w)[0], (String) ((Object[]) w)[1]);
        }
        Map<String, SlaPolicy.TeamCalendar> calendars = calendars(em.createNativeQuery("select team_code, calendar_code, calendar_name,"
                + " time_zone, week, days from sla_policy_calendar where version = ?1").setParameter(1, version)
                .setFlushMode(FlushModeType.COMMIT).getResultList());
        return Optional.of(new SlaPolicy(version, instant(row[0]), (String) row[1], ZoneId.of((String) row[2]), values, calendars));
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        throw new IllegalStateException("unexpected time " + value);
    }
}
