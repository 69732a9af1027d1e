package org.complaintdesk.broadcast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.complaintdesk.complaint.Alert;
import org.complaintdesk.complaint.AlertRaised;
import org.complaintdesk.complaint.AlertText;
import org.complaintdesk.it.support.TestDatabase;
import org.complaintdesk.platform.DatabaseSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The notifier and the listener on a real PostgreSQL: what a raising transaction queues reaches the listener only
 * if it commits, in notifications under the payload limit, and the listener survives losing its connection.
 * <p>
 * Its cases mostly wait (for the listener's pauses between tries), so the class runs beside the other unit classes
 * (two threads, junit-platform.properties); its cases one after another (the lock), on a database and a logger of
 * their own.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("alert broadcast")
class AlertBroadcastTest {

    private static final String DATABASE = "desk_broadcast";
    private static final String LISTENER = "alert listener under test";
    private static final Logger LISTENER_LOG = Logger.getLogger(AlertListener.class.getName());
    /** The desk's pauses, a tenth as long: an outage of several tries takes a fraction of a second, a stop too. */
    private static final AlertListener.Pauses QUICK = new AlertListener.Pauses(Duration.ofMillis(100), Duration.ofMillis(100),
            Duration.ofSeconds(3));

    private static String url;

    private final BlockingQueue<AlertArrived> arrived = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final AtomicInteger connectionsOpened = new AtomicInteger();
    private final AtomicInteger connectionsRefused = new AtomicInteger();
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler logCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private AlertListener listener;

    @BeforeAll
    static void database() {
        url = TestDatabase.create(DATABASE);
    }

    @BeforeEach
    void listen() {
        LISTENER_LOG.addHandler(logCapture);
        DatabaseSettings settings = new DatabaseSettings(url, "postgres", "postgres");
        listener = new AlertListener(() -> {
            connectionsOpened.incrementAndGet();
            try {
                return settings.openDedicated(LISTENER);
            } catch (java.sql.SQLException e) {
                connectionsRefused.incrementAndGet();
                throw e;
            }
        }, task -> {
            Thread thread = new Thread(task);
            threads.add(thread);
            return thread;
        }, arrived::add, QUICK);
        listener.start();
        await().atMost(Duration.ofSeconds(10)).until(listener::isListening);
    }

    @AfterEach
    void stop() {
        listener.stop();
        LISTENER_LOG.removeHandler(logCapture);
        TestDatabase.execute(TestDatabase.url("postgres"), "alter database " + DATABASE + " with allow_connections true");
    }

    @Test
    void anAlertToManyPeopleIsSplitUnderThePayloadLimitAndReachesEachOnce() throws Exception {
        Set<String> usernames = IntStream.range(0, 1000).mapToObj(i -> "user-" + i + "-\"quoted\"-" + "x".repeat(50))
                .collect(Collectors.toSet());
        AlertText words = new AlertText("alert.escalated", List.of("s:C-20261202-0001", "k:reason.REPLY_OVERDUE", "t:2026-12-02T08:00:00Z"));
        AlertRaised alert = new AlertRaised(41L, "C-20261202-0001", Alert.Kind.ESCALATION, "投诉升级：".repeat(100), words, usernames);

        List<String> payloads = AlertNotifications.payloads(alert);
        assertThat(payloads).hasSizeGreaterThan(5);
        assertThat(payloads).allSatisfy(payload -> assertThat(bytes(payload)).isLessThan(8000));
        // filled, not one person per notification
        assertThat(payloads.subList(0, payloads.size() - 1)).allSatisfy(payload -> assertThat(bytes(payload)).isGreaterThan(7800));

        commit(alert);
        List<AlertArrived> received = take(payloads.size());
        assertThat(received).allSatisfy(one -> {
            assertThat(one.alertId()).isEqualTo(41L);
            assertThat(one.complaintNumber()).isEqualTo("C-20261202-0001");
            assertThat(one.kind()).isEqualTo("ESCALATION");
            assertThat(one.message()).isEqualTo(alert.message());
            assertThat(one.text()).isEqualTo(words);
        });
        assertThat(received.stream().flatMap(one -> one.usernames().stream()).toList())
                .containsExactlyInAnyOrderElementsOf(usernames);
        assertThat(arrived.poll(1, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void theLongestMessageToTheLongestNameFitsOneNotification() throws Exception {
        // control characters are written as six-byte escapes: the worst case for the size of the JSON
        String longestMessage = "\u0001".repeat(500);
        String longestName = "\u0002".repeat(80);
        // words too long to travel with it: the English message alone goes, and each desk shows that
        AlertText words = new AlertText("alert.assigned.handOver", List.of("s:C-20261202-0002", "s:lead1", "s:" + "\u0003".repeat(1000)));
        AlertRaised alert = new AlertRaised(42L, "C-20261202-0002", Alert.Kind.REMINDER, longestMessage, words, Set.of(longestName));

        commit(alert);

        AlertArrived one = arrived.poll(10, TimeUnit.SECONDS);
        assertThat(one).isNotNull();
        assertThat(one.message()).isEqualTo(longestMessage);
        assertThat(one.text()).isNull();
        assertThat(one.usernames()).containsExactly(longestName);
    }

    @Test
    void anAlertArrivesOnlyWhenItsTransactionCommitsAndNeverAfterARollback() throws Exception {
        try (Connection raising = TestDatabase.connect(url)) {
            raising.setAutoCommit(false);
            AlertNotifier.notify(raising, alert(51L, "agent1"));
            raising.rollback();
            AlertNotifier.notify(raising, alert(52L, "agent2"));
            assertThat(arrived.poll(2, TimeUnit.SECONDS)).as("before the commit").isNull();
            raising.commit();
        }

        AlertArrived first = arrived.poll(10, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        // PostgreSQL delivers in commit order: had the rolled-back alert been sent, it would have come first
        assertThat(first.alertId()).isEqualTo(52L);
        assertThat(first.usernames()).containsExactly("agent2");
        assertThat(arrived.poll(2, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aNotificationThatIsNotAnAlertIsLoggedAndTheNextAlertStillArrives() throws Exception {
        TestDatabase.count(url, "select count(*) from (select pg_notify(?, ?)) n", AlertNotifications.CHANNEL, "hello");
        commit(alert(61L, "lead1"));

        AlertArrived next = arrived.poll(10, TimeUnit.SECONDS);
        assertThat(next).isNotNull();
        assertThat(next.alertId()).isEqualTo(61L);
        assertThat(messages(Level.WARNING)).singleElement().asString().contains("not an alert");
    }

    @Test
    void aLostConnectionIsReopenedWithOneWarningForTheOutageAndOneLineWhenBack() throws Exception {
        int opened = connectionsOpened.get();
        // the database refuses connections while the listener's is terminated: an outage of four refused tries (a
        // try counted as begun could still be under way, and find the database back)
        TestDatabase.execute(TestDatabase.url("postgres"), "alter database " + DATABASE + " with allow_connections false");
        assertThat(terminateListener()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> !listener.isListening() && connectionsRefused.get() >= 4);
        TestDatabase.execute(TestDatabase.url("postgres"), "alter database " + DATABASE + " with allow_connections true");
        await().atMost(Duration.ofSeconds(40)).until(listener::isListening);

        commit(alert(71L, "supervisor1"));
        AlertArrived after = arrived.poll(10, TimeUnit.SECONDS);
        assertThat(after).isNotNull();
        assertThat(after.alertId()).isEqualTo(71L);
        assertThat(connectionsOpened.get()).isGreaterThanOrEqualTo(opened + 5);
        assertThat(messages(Level.WARNING)).singleElement().asString().contains("not listening", "inboxes");
        assertThat(messages(Level.INFO)).filteredOn(line -> line.contains("listening again")).hasSize(1);
        assertThat(listenerBackends()).isEqualTo(1);
    }

    @Test
    void stoppingEndsTheThreadAndClosesTheConnectionQuietly() {
        assertThat(listenerBackends()).isEqualTo(1);

        listener.stop();

        assertThat(threads).singleElement().satisfies(thread -> assertThat(thread.isAlive()).isFalse());
        await().atMost(Duration.ofSeconds(5)).until(() -> listenerBackends() == 0);
        assertThat(listener.isListening()).isFalse();
        assertThat(logged).noneMatch(record -> record.getLevel().intValue() >= Level.WARNING.intValue());
    }

    private static AlertRaised alert(long id, String username) {
        return new AlertRaised(id, "C-20261202-0100", Alert.Kind.REPLY_WARNING, "C-20261202-0100: the clear reply is due by 16:00",
                new AlertText("alert.warning", List.of("s:C-20261202-0100", "t:2026-12-02T08:00:00Z")), Set.of(username));
    }

    private static void commit(AlertRaised alert) throws SQLException {
        try (Connection raising = TestDatabase.connect(url)) {
            raising.setAutoCommit(false);
            AlertNotifier.notify(raising, alert);
            raising.commit();
        }
    }

    private List<AlertArrived> take(int count) throws InterruptedException {
        List<AlertArrived> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AlertArrived next = arrived.poll(10, TimeUnit.SECONDS);
            assertThat(next).as("notification %d of %d", i + 1, count).isNotNull();
            taken.add(next);
        }
        return taken;
    }

    private List<String> messages(Level level) {
        return logged.stream().filter(record -> record.getLevel().equals(level)).map(LogRecord::getMessage).toList();
    }

    private static long terminateListener() {
        return TestDatabase.count(TestDatabase.url("postgres"),
                "select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?", LISTENER);
    }

    private static long listenerBackends() {
        return TestDatabase.count(TestDatabase.url("postgres"),
                "select count(*) from pg_stat_activity where application_name = ?", LISTENER);
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
