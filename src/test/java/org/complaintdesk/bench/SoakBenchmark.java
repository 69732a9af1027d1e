package org.complaintdesk.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.LocalProcesses;
import org.complaintdesk.it.support.TestDatabase;

/**
 * The soak of issue 10: the real desk (Payara Micro, PostgreSQL, alert mails to an SMTP server) with windows of a
 * minute or two, a steady intake from a few clients and scripted people ({@link SoakPeople}) for
 * {@code soak.minutes} (default 20), {@code soak.complaints} complaints (default 2,000). After the load stops and
 * every due timer has fired, the desk is stopped and the database is checked ({@link SoakCheck}): alerts expected
 * against raised per kind, dead-letter and failing jobs, complaints whose record disagrees with their process, and
 * how late the timers fired. Fails when an alert is missing or doubled, a job is dead-lettered or still failing, or a
 * complaint disagrees. Run with {@code mvn -Pbench verify}, or alone with {@code mvn -Pbench package exec:java@soak-benchmark}.
 */
public final class SoakBenchmark {

    private static final int INTAKE_CLIENTS = 6;
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

    private SoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int minutes = Integer.getInteger("soak.minutes", 20);
        int total = Integer.getInteger("soak.complaints", 2_000);
        SoakWindows windows = SoakWindows.SHORT;
        String db = TestDatabase.create("desk_soak");
        Map<String, String> env = DeskServer.postgresEnvironment(db);
        env.putAll(windows.environment());
        GreenMail mail = new GreenMail(new ServerSetup(LocalProcesses.freePort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        env.put("DESK_MAIL_HOST", "localhost");
        env.put("DESK_MAIL_PORT", String.valueOf(mail.getSmtp().getPort()));
        env.put("DESK_MAIL_POLL_INTERVAL", "PT1S");
        env.put("DESK_MAIL_RETRY_INTERVAL", "PT2S");
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        try {
            DeskServer desk = new DeskServer("soak", env).start().awaitReady();
            System.out.printf("soak: %d min, %d complaints, %d intake clients, windows %s; load %s%n", minutes, total,
                    INTAKE_CLIENTS, windows, load());
            SoakPeople people = new SoakPeople(desk, windows);
            Instant started = Instant.now();
            progress.scheduleAtFixedRate(() -> System.out.printf("soak: %s in, %d logged, %d steps, %d retried, %d failed; load %s%n",
                    Duration.between(started, Instant.now()).toMinutes() + " min", people.logged.get(), people.steps.get(),
                    people.retries.get(), people.failures.get(), load()), 1, 1, TimeUnit.MINUTES);
            people.runIntake(INTAKE_CLIENTS, total, started.plus(Duration.ofMinutes(minutes)));
            people.stop();
            progress.shutdownNow();
            Instant cutoff = Instant.now();
            Duration drained = drain(db, cutoff);
            String metrics = new DeskClient(desk).get("/metrics").body();
            Instant stopped = Instant.now();
            desk.close();
            SoakCheck check = new SoakCheck(db, windows, cutoff, stopped).run();
            List<String> log = desk.logText().lines().toList();
            long poolWarnings = log.stream().filter(l -> l.contains("isBusy") || l.contains("current transaction is aborted")
                    || l.contains("autoCommit")).count();
            List<String> severe = log.stream().filter(l -> l.contains("SEVERE")).toList();

            System.out.printf("%nSoak finished: %d min of load, %d complaints logged, %d scripted steps, %d retried (409), %d failed; load %s%n",
                    minutes, people.logged.get(), people.steps.get(), people.retries.get(), people.failures.get(), load());
            System.out.println("paths: " + people.taken() + ", reopened by a rating of 4: " + people.reopened.get());
            System.out.println("(a failed step leaves its complaint where it was; the check reads what happened, not the script)");
            people.failureSamples().forEach(f -> System.out.println("  failed step: " + f));
            System.out.printf("due timers fired %.0f s after the load stopped; desk stopped %.0f s after the cutoff%n",
                    drained.toMillis() / 1e3, Duration.between(cutoff, stopped).toMillis() / 1e3);
            System.out.printf("%n%-26s %13s %8s %8s %8s%n", "alert", "expected", "raised", "missing", "doubled");
            check.tallies.forEach((kind, t) -> System.out.printf("%-26s %13s %8d %8d %8d%n", kind,
                    t.expected.min() == t.expected.max() ? String.valueOf(t.expected.min())
                            : t.expected.max() - t.expected.min() >= 1000 ? t.expected.min() + "+" // unchecked past a doubtful step
                            : t.expected.min() + ".." + t.expected.max(),
                    t.raised, t.missing, t.doubled));
            check.mismatches.forEach(m -> System.out.println("  " + m));
            check.timelines.forEach(t -> System.out.println("  timeline of " + t));
            System.out.printf("%ncomplaints checked %d (walk stopped at a doubtful step: %d)%n", check.complaints, check.ambiguous);
            System.out.printf("dead-letter jobs %d, failing jobs %d%n", check.deadLetters, check.failingJobs);
            check.jobErrors.forEach(e -> System.out.println("  " + e));
            System.out.printf("complaints whose record disagrees with their process %d%n", check.disagreements.size());
            check.disagreements.stream().limit(20).forEach(d -> System.out.println("  " + d));
            System.out.printf("%n%-26s %6s %8s %8s %8s%n", "timer firing lag (ms)", "n", "p50", "p99", "max");
            printLag("REPLY_WARNING", check.warningLag);
            printLag("REPLY_OVERDUE", check.overdueLag);
            printLag("ESCALATION to SUPERVISOR", check.supervisorLag);
            System.out.println("desk /metrics:");
            metrics.lines().filter(l -> l.contains("timer_firing_lag") && !l.startsWith("#")
                    && (l.contains("quantile=\"0.5\"") || l.contains("quantile=\"0.99\"") || l.contains("_max") || l.contains("_count")))
                    .forEach(l -> System.out.println("  " + l));
            System.out.printf("%ndesk log: %d lines, %d pool/transaction warnings (isBusy, current transaction is aborted, autoCommit), %d SEVERE%n",
                    log.size(), poolWarnings, severe.size());
            severe.stream().limit(5).forEach(l -> System.out.println("  " + l));
            System.out.printf("mails received by the SMTP server: %d%n", mail.getReceivedMessages().length);

            int errors = check.alertErrors() + (int) check.deadLetters + (int) check.failingJobs + check.disagreements.size();
            if (errors > 0 || people.logged.get() < total) {
                throw new IllegalStateException("the soak failed: " + check.alertErrors() + " alerts missing or doubled, "
                        + check.deadLetters + " dead-letter jobs, " + check.failingJobs + " jobs still failing, "
                        + check.disagreements.size() + " complaints in disagreement, "
                        + people.logged.get() + " of " + total + " complaints logged (log: target/it-logs/soak.log)");
            }
            System.out.println("soak passed");
        } finally {
            progress.shutdownNow();
            mail.stop();
            TestDatabase.stop();
        }
    }

    /** Waits until no timer due before the cutoff and no executable job is left; answers how long that took. */
    private static Duration drain(String db, Instant cutoff) throws InterruptedException {
        Instant deadline = cutoff.plus(DRAIN_TIMEOUT);
        Timestamp due = Timestamp.from(cutoff);
        while (Instant.now().isBefore(deadline)) {
            // a job that failed before the cutoff and waits for its retry is pending too, whenever that retry is due
            long pending = TestDatabase.count(db, "select (select count(*) from act_ru_timer_job where duedate_ <= ?"
                    + " or exception_msg_ is not null) + (select count(*) from act_ru_job where duedate_ is null or duedate_ <= ?"
                    + " or exception_msg_ is not null)", due, due);
            if (pending == 0) {
                return Duration.between(cutoff, Instant.now());
            }
            Thread.sleep(1_000);
        }
        System.out.println("soak: timers due before the cutoff were still pending after " + DRAIN_TIMEOUT);
        return DRAIN_TIMEOUT;
    }

    private static void printLag(String what, List<Long> lags) {
        if (lags.isEmpty()) {
            System.out.printf("%-26s %6d%n", what, 0);
            return;
        }
        List<Long> sorted = lags.stream().sorted().toList();
        System.out.printf("%-26s %6d %8d %8d %8d%n", what, sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.99),
                Collections.max(sorted));
    }

    /** The value below which the share of a sorted sample lies (nearest rank); 0 for no sample. The benchmarks share it. */
    static long percentile(List<Long> sorted, double share) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.max(0, (int) Math.ceil(share * sorted.size()) - 1));
    }

    /** The machine's load average, printed beside each figure: these machines are shared. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
