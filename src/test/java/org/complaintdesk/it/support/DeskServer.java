package org.complaintdesk.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The real desk: the integration-test WAR on Payara Micro in its own JVM, against a database given by
 * environment variables, exactly as an operator would start it. Its log goes to target/it-logs/NAME.log.
 */
public final class DeskServer implements AutoCloseable {

    /** The desks this JVM started: they stop before the test database does ({@link TestDatabase#stop}). */
    private static final Set<DeskServer> STARTED = ConcurrentHashMap.newKeySet();

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private final List<String> systemProperties = new ArrayList<>();
    private final List<String> preBootCommands = new ArrayList<>();
    private Process process;
    private String deployment = System.getProperty("desk.war", "target/complaint-desk-it.war");
    private String readyPath = "/health/ready";
    private String readyLine = "Complaint Desk is ready";
    private String heap = "-Xmx768m";
    private boolean quickCompilerOnly = Boolean.getBoolean("desk.quickCompilerOnly");

    public DeskServer(String name, Map<String, String> environment) {
        this.name = name;
        this.port = LocalProcesses.freePort();
        this.environment = new HashMap<>(environment);
        this.log = Path.of("target", "it-logs", name + ".log");
    }

    /** The environment of a desk on the given PostgreSQL database, with demo users. */
    public static Map<String, String> postgresEnvironment(String jdbcUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("DESK_DB_URL", jdbcUrl);
        env.put("DESK_DB_USER", "postgres");
        env.put("DESK_DB_PASSWORD", "postgres");
        env.put("DESK_DEMO_USERS", "true");
        env.put("DESK_PROCESSES_EXTRA_DIR", System.getProperty("desk.testProcesses", "src/test/processes"));
        return env;
    }

    /**
     * Another application on the same Payara Micro instead of the desk (the benchmarks' plain-engine reference):
     * ready when {@code readyPath} answers 200 with "UP" and the log holds {@code readyLine}.
     */
    public DeskServer deploying(Path war, String readyPath, String readyLine) {
        this.deployment = war.toString();
        this.readyPath = readyPath;
        this.readyLine = readyLine;
        return this;
    }

    /** The JVM's default heap instead of 768 MiB, as an operator who sets nothing runs it (the benchmarks' memory figure). */
    public DeskServer withDefaultHeap() {
        this.heap = null;
        return this;
    }

    /** A Java system property for the desk's JVM, such as Payara's {@code jvmRoute}; set before {@link #start()}. */
    public DeskServer systemProperty(String name, String value) {
        systemProperties.add("-D" + name + "=" + value);
        return this;
    }

    /**
     * Both of the JIT's compilers, as production runs: for a desk that checks passwords all the time (PBKDF2 runs
     * on the processor's SHA instructions only when the optimising compiler compiled it: 0.15 s a check, 1.25 s without).
     */
    public DeskServer optimisingCompiler() {
        quickCompilerOnly = false;
        return this;
    }

    /** An asadmin command Payara Micro runs on its configuration before it boots, such as a {@code set}. */
    public DeskServer preBootCommand(String command) {
        preBootCommands.add(command);
        return this;
    }

    public DeskServer start() {
        try {
            Files.createDirectories(log.getParent());
            // a fresh runtime folder: Payara Micro would otherwise redeploy what an earlier run left there
            Path runtime = Files.createDirectories(Path.of("target", "it-runtime", name + "-" + System.nanoTime()));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            // launched as the Dockerfile and `mvn -Prun package` launch it
            command.add("@" + System.getProperty("desk.jvmOptions", "src/main/payara/jvm.options"));
            if (heap != null) {
                command.add(heap);
            }
            if (quickCompilerOnly) {
                // a test desk lives minutes: the optimising compiler's work never pays back there (CONTRIBUTING)
                command.add("-XX:TieredStopAtLevel=1");
            }
            command.addAll(systemProperties);
            command.addAll(List.of(
                    "-jar", System.getProperty("desk.payaraJar", "target/payara-micro.jar"),
                    "--deploy", deployment,
                    "--contextroot", "/", "--port", String.valueOf(port), "--nocluster",
                    "--rootdir", runtime.toAbsolutePath().toString()));
            // the data grid's own port, free too: from 6900 up, the second desk on a machine warns of a port taken
            // (--startport does not apply with --nocluster)
            List<String> commands = new ArrayList<>(preBootCommands);
            commands.add("set hazelcast-runtime-configuration.start-port=" + LocalProcesses.freePort());
            Path commandFile = Files.write(runtime.resolve("pre-boot.asadmin"), commands);
            command.addAll(List.of("--prebootcommandfile", commandFile.toAbsolutePath().toString()));
            // the desk's logging, as every launch has it; a test run may point desk.it.logProperties at another file
            String logProperties = System.getProperty("desk.it.logProperties", "src/main/payara/logging.properties");
            if (!logProperties.isEmpty()) {
                command.addAll(List.of("--logproperties", logProperties));
            }
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            STARTED.add(this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start Payara Micro", e);
        }
        return this;
    }

    /** Boots the desks at once and waits until each is ready: each boot is mostly its own JVM's waiting, so they overlap. */
    public static void startTogether(DeskServer... desks) {
        for (DeskServer desk : desks) {
            desk.start();
        }
        for (DeskServer desk : desks) {
            desk.awaitReady();
        }
    }

    /** Waits until readiness answers UP; fails with the log's tail if the desk dies or takes too long. */
    public DeskServer awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        HttpClient client = HttpClient.newHttpClient();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; log:\n" + tail());
            }
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(uri(readyPath))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"") && logText().contains(readyLine)) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LocalProcesses.sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("the desk did not become ready within " + START_TIMEOUT + "; log:\n" + tail());
    }

    /** Waits until the log contains the text (for starts that are meant to fail). */
    public boolean awaitLog(String text, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (logText().contains(text)) {
                return true;
            }
            LocalProcesses.sleep(Duration.ofMillis(500));
        }
        return false;
    }

    /** Waits for the desk's process to end; answers its exit status, or -1 if it still runs after the timeout. */
    public int awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The desk's process id: the engine's job lock owner starts with it ("pid@host-..."). */
    public long pid() {
        return process.pid();
    }

    /** kill -9: the JVM ends at once, with no shutdown hook, mid-transaction, as in a power cut. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Log lines that show connections shared between transactions (the pool's and the driver's warnings). */
    public List<String> connectionWarnings() {
        return logText().lines().filter(line -> line.contains("isBusy") || line.contains("current transaction is aborted")
                || line.contains("autoCommit") || line.contains("Connection closed")).toList();
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public int port() {
        return port;
    }

    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The log lines at level SEVERE. */
    public List<String> severeLines() {
        return logText().lines().filter(line -> line.contains("SEVERE")).toList();
    }

    /** The log's records at level SEVERE, each whole (its message and stack trace follow its first line). */
    public List<String> severeRecords() {
        return java.util.Arrays.stream(logText().split("\n(?=\\[\\d{4}-\\d{2}-\\d{2}T)"))
                .filter(record -> record.lines().findFirst().orElse("").contains("SEVERE")).toList();
    }

    private String tail() {
        List<String> lines = logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    @Override
    public String toString() {
        return name;
    }

    @Override
    public void close() {
        LocalProcesses.stop(process, Duration.ofSeconds(60));
        STARTED.remove(this);
    }

    /** Stops every desk this JVM started and did not stop, all at once. */
    static void closeAll() {
        CompletableFuture.allOf(STARTED.stream().map(desk -> CompletableFuture.runAsync(desk::close))
                .toArray(CompletableFuture[]::new)).join();
    }
}
