package org.complaintdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.TestDatabase;

/**
 * Intake at call-centre scale (issue 11), one run, one PostgreSQL server, side by side: a raw JDBC insert loop, a
 * plain Payara Micro application with Flowable 8 starting a process of the same shape ({@code bench.plain}), and the
 * desk through its doors (a person's API client with an access token or HTTP Basic, an integration's API key).
 * Closed-loop clients, {@code intake.seconds} s per level after a warm-up, taken in {@value #ROUNDS} interleaved turns
 * per contender. Then overload (64 and 128 clients: every answer 201 or a fast 503, nothing acknowledged lost) and the
 * recovery at 8 clients right after, and the desk's resident memory at the end (default heap). Prints the ratios;
 * fails when a goal of issue 11 is missed. Alone: {@code mvn -Pbench package exec:java@intake-benchmark}
 * ({@code -Dintake.seconds=10} for shorter levels, {@code -Dintake.deskJavaOptions=...} to pass JVM options to the
 * desk, such as {@code -XX:StartFlightRecording=filename=target/desk.jfr,settings=profile} for a profile under this
 * load).
 */
public final class IntakeBenchmark {

    private static final int LEVEL_SECONDS = Integer.getInteger("intake.seconds", 20);
    private static final int WARM_UP_SECONDS = 10;
    /** Each level in this many turns per contender, interleaved. */
    private static final int ROUNDS = 4;
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);
    private static final String COMPLAINT = """
            {"channel": "PHONE", "customerSurname": "Bench", "formOfAddress": "Ms", "contactPhone": "13800138000",
             "accountOrOrderNumber": "A-1001", "category": "BILLING", "complexity": "SIMPLE",
             "customerAccount": "charged twice for the May invoice"}""";

    /** One way of logging a complaint, called by many clients at once. */
    interface Intake {
        /** @return the answer's HTTP status (201 for a stored complaint) */
        int call() throws Exception;
    }

    /** What a level measured: stored complaints per second and the answers' latencies. */
    record Level(String contender, int clients, double perSecond, long p50, long p99, long max, int stored, int refused, int wrong) {

        @Override
        public String toString() {
            return String.format("%-34s c%-4d %8.1f/s  p50 %5d ms  p99 %5d ms  max %5d ms  stored %6d  503 %5d  other %3d",
                    contender, clients, perSecond, p50, p99, max, stored, refused, wrong);
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private IntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String db = TestDatabase.create("desk_intake_bench");
        String plainDb = TestDatabase.create("plain_intake_bench");
        List<Level> levels = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Map<String, String> deskEnvironment = DeskServer.postgresEnvironment(db);
        String javaOptions = System.getProperty("intake.deskJavaOptions", "");
        if (!javaOptions.isBlank()) {
            deskEnvironment.put("JDK_JAVA_OPTIONS", javaOptions);
        }
        try (DeskServer desk = new DeskServer("intake-bench", deskEnvironment).withDefaultHeap().start().awaitReady();
             DeskServer plain = new DeskServer("intake-bench-plain", Map.of("PLAIN_DB_URL", plainDb))
                     .deploying(plainWar(), "/plain/ready", "Plain engine is ready").withDefaultHeap().start().awaitReady()) {
            String apiKey = createApiKey(desk);
            String token = createToken(desk, "agent1");
            Map<String, Intake> contenders = Map.of(
                    "raw JDBC insert", rawInsert(db),
                    "plain Payara + Flowable", () -> post(plain.uri("/plain/complaints"), Map.of()),
                    "desk, integration (API key)", () -> post(desk.uri("/api/channel/complaints"), Map.of("X-Api-Key", apiKey)),
                    "desk, person (access token)", () -> post(desk.uri("/api/complaints"), Map.of("Authorization", "Bearer " + token)),
                    // a desk remembers a password it verified lately (security/RecentlyVerified): PBKDF2 once, not per call
                    "desk, person (HTTP Basic)", () -> post(desk.uri("/api/complaints"), Map.of("Authorization", basic("agent1", "demo"))));
            List<String> doors = List.of("desk, integration (API key)", "desk, person (access token)", "desk, person (HTTP Basic)");
            List<String> order = Stream.concat(Stream.of("raw JDBC insert", "plain Payara + Flowable"), doors.stream()).toList();
            System.out.printf("intake benchmark: %d s per level; load %s%n", LEVEL_SECONDS, SoakBenchmark.load());
            for (String name : order) {
                measure(name, contenders.get(name), 8, WARM_UP_SECONDS);
            }
            for (int clients : List.of(1, 8)) {
                // in rounds, the contenders' turns rotating: a machine that slows down for a while (shared cores)
                // slows every contender a little rather than one of them much
                Map<String, Tally> tallies = new HashMap<>();
                order.forEach(name -> tallies.put(name, new Tally()));
                for (int round = 0; round < ROUNDS; round++) {
                    for (int turn = 0; turn < order.size(); turn++) {
                        String name = order.get((turn + round) % order.size());
                        run(contenders.get(name), clients, LEVEL_SECONDS / ROUNDS, tallies.get(name));
                    }
                }
                for (String name : order) {
                    Level level = tallies.get(name).level(name, clients);
                    levels.add(level);
                    System.out.println(level + "   load " + SoakBenchmark.load());
                }
            }
            for (String door : doors) {
                for (int clients : List.of(1, 8)) {
                    double ratio = find(levels, door, clients).perSecond() / find(levels, "plain Payara + Flowable", clients).perSecond();
                    double goal = clients == 1 ? 1.0 : 2.0;
                    System.out.printf("%-34s c%-2d %5.2f x the plain engine (goal >= %.0f x), 1/%.0f of raw JDBC%n", door, clients, ratio, goal,
                            find(levels, "raw JDBC insert", clients).perSecond() / find(levels, door, clients).perSecond());
                    if (ratio < goal) {
                        failures.add(door + " at c" + clients + ": " + String.format("%.2f", ratio) + " x the plain engine, goal " + goal);
                    }
                }
                Level c8 = find(levels, door, 8);
                if (c8.p99() > 100) {
                    failures.add(door + " at c8: p99 " + c8.p99() + " ms, goal <= 100 ms");
                }
            }

            long storedBefore = TestDatabase.count(db, "select count(*) from complaint");
            long acknowledged = 0;
            for (int clients : List.of(64, 128)) {
                Level level = measure("desk, integration (API key)", contenders.get("desk, integration (API key)"), clients, LEVEL_SECONDS);
                System.out.println("overload " + level + "   load " + SoakBenchmark.load());
                acknowledged += level.stored();
                if (level.max() > 2_000 || level.wrong() > 0) {
                    failures.add("overload at c" + clients + ": slowest answer " + level.max() + " ms (goal <= 2000), "
                            + level.wrong() + " answers neither 201 nor 503");
                }
            }
            long lost = acknowledged - (TestDatabase.count(db, "select count(*) from complaint") - storedBefore);
            System.out.printf("overload: %d acknowledged, %d of them not stored%n", acknowledged, lost);
            if (lost != 0) {
                failures.add(lost + " acknowledged complaints not stored");
            }
            System.out.printf("open complaints now: %d%n", TestDatabase.count(db, "select count(*) from complaint where status <> 'CLOSED'"));
            double normal = find(levels, "desk, integration (API key)", 8).perSecond();
            Duration recovered = recovery(contenders.get("desk, integration (API key)"), normal);
            System.out.printf("recovery at c8 after the overload: back to 80 %% of %.1f/s after %s%n", normal, recovered);
            if (recovered.compareTo(Duration.ofSeconds(10)) > 0) {
                failures.add("recovery after overload took " + recovered + ", goal <= 10 s");
            }
            long rss = residentMiB(desk.pid());
            System.out.printf("desk resident memory after the benchmark: %d MiB (default heap; goal <= 768 MiB); plain: %d MiB%n",
                    rss, residentMiB(plain.pid()));
            if (rss > 768) {
                failures.add("desk RSS " + rss + " MiB, goal <= 768 MiB");
            }
        } finally {
            TestDatabase.stop();
        }
        if (!failures.isEmpty()) {
            failures.forEach(f -> System.out.println("MISSED: " + f));
            throw new IllegalStateException("the intake benchmark missed " + failures.size() + " goal(s) of issue 11");
        }
        System.out.println("intake benchmark: every goal met");
    }

    /** The answers of one contender at one level, gathered over one or more runs. */
    static final class Tally {
        private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private final AtomicInteger stored = new AtomicInteger();
        private final AtomicInteger refused = new AtomicInteger();
        private final AtomicInteger wrong = new AtomicInteger();
        private final AtomicLong slowest = new AtomicLong();
        private int seconds;

        void count(int status, long millis) {
            slowest.accumulateAndGet(millis, Math::max);
            switch (status) {
                case 201 -> {
                    stored.incrementAndGet();
                    latencies.add(millis);
                }
                case 503 -> refused.incrementAndGet();
                default -> wrong.incrementAndGet();
            }
        }

        Level level(String name, int clients) {
            List<Long> sorted = latencies.stream().sorted().toList();
            return new Level(name, clients, stored.get() / (double) seconds, SoakBenchmark.percentile(sorted, 0.50),
                    SoakBenchmark.percentile(sorted, 0.99), slowest.get(), stored.get(), refused.get(), wrong.get());
        }
    }

    static Level measure(String name, Intake intake, int clients, int seconds) throws InterruptedException {
        Tally tally = new Tally();
        run(intake, clients, seconds, tally);
        return tally.level(name, clients);
    }

    /** Clients call in a closed loop for the given time; answers after the end still count. */
    static void run(Intake intake, int clients, int seconds, Tally tally) throws InterruptedException {
        Instant end = Instant.now().plusSeconds(seconds);
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Thread client = new Thread(() -> {
                try {
                    while (Instant.now().isBefore(end)) {
                        long start = System.nanoTime();
                        int status;
                        try {
                            status = intake.call();
                        } catch (Exception e) {
                            status = -1;
                        }
                        tally.count(status, (System.nanoTime() - start) / 1_000_000);
                    }
                } finally {
                    done.countDown();
                }
            });
            client.setDaemon(true);
            client.start();
        }
        done.await();
        tally.seconds += seconds;
    }

    /** Seconds at c8 until one second stores at least 80 % of the normal rate. */
    private static Duration recovery(Intake intake, double normal) throws InterruptedException {
        StringBuilder rates = new StringBuilder();
        try {
            for (int second = 1; second <= 30; second++) {
                double rate = measure("recovery", intake, 8, 1).perSecond();
                rates.append(String.format(" %.0f", rate));
                if (rate >= 0.8 * normal) {
                    return Duration.ofSeconds(second);
                }
            }
            return Duration.ofSeconds(31);
        } finally {
            System.out.println("recovery, stored per second:" + rates);
        }
    }

    private static Level find(List<Level> levels, String contender, int clients) {
        return levels.stream().filter(l -> l.contender().equals(contender) && l.clients() == clients).findFirst().orElseThrow();
    }

    private static int post(URI uri, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(CALL_TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(COMPLAINT));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The floor under any intake: one row inserted and committed per call, on its own connection per client. */
    private static Intake rawInsert(String db) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db, "postgres", "postgres")) {
            connection.createStatement().execute("create table raw_intake (id bigserial primary key, surname varchar(100), phone varchar(40),"
                    + " category varchar(40), complexity varchar(20), received_at timestamptz not null default now())");
        }
        ThreadLocal<Connection> connections = ThreadLocal.withInitial(() -> {
            try {
                Connection connection = DriverManager.getConnection(db, "postgres", "postgres");
                connection.setAutoCommit(false);
                return connection;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return () -> {
            Connection connection = connections.get();
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into raw_intake (surname, phone, category, complexity) values ('Bench', '13800138000', 'BILLING', 'SIMPLE')")) {
                insert.executeUpdate();
            }
            connection.commit();
            return 201;
        };
    }

    private static String createApiKey(DeskServer desk) throws IOException, InterruptedException {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(desk.uri("/api/admin/api-keys"))
                .header("Content-Type", "application/json").header("Authorization", basic("admin", "demo"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"bench\", \"channel\": \"PHONE\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("cannot create the API key: " + created.statusCode() + " " + created.body());
        }
        return created.body().replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
    }

    /** A person's API client authenticates once: a personal access token, made with the password. */
    private static String createToken(DeskServer desk, String username) throws IOException, InterruptedException {
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(desk.uri("/api/me/tokens"))
                .header("Content-Type", "application/json").header("Authorization", basic(username, "demo"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"bench\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("cannot create the token: " + created.statusCode() + " " + created.body());
        }
        return created.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1");
    }

    /**
     * The reference application as an exploded WAR: its classes and process from the test classes, and the desk's own
     * libraries (Flowable 8, the PostgreSQL driver, their dependencies), without the desk's screens and migrations.
     */
    private static Path plainWar() throws IOException {
        Path war = Path.of("target", "bench-plain-war");
        Path classes = Files.createDirectories(war.resolve("WEB-INF/classes/org/complaintdesk/bench/plain"));
        Path lib = Files.createDirectories(war.resolve("WEB-INF/lib"));
        try (Stream<Path> compiled = Files.list(Path.of("target", "test-classes", "org", "complaintdesk", "bench", "plain"))) {
            for (Path file : compiled.toList()) {
                Files.copy(file, classes.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(Path.of("target", "test-classes", "bench", "plain-intake.bpmn20.xml"), war.resolve("WEB-INF/classes/plain-intake.bpmn20.xml"),
                StandardCopyOption.REPLACE_EXISTING);
        try (Stream<Path> jars = Files.list(Path.of("target", "complaint-desk", "WEB-INF", "lib"))) {
            for (Path jar : jars.filter(j -> !j.getFileName().toString().matches("(primefaces|flyway|omnifaces).*")).toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return war.toAbsolutePath();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    private static long residentMiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
