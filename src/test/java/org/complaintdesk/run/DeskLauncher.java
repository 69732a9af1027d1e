package org.complaintdesk.run;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts an embedded PostgreSQL whose data stays in {@code <data>/postgres} across restarts, creates the database
 * {@code desk} in it when missing, and runs the desk on Payara Micro against it with demo users, until Payara Micro
 * ends or the JVM is stopped (Ctrl-C). Stopping ends Payara Micro first, then PostgreSQL.
 *
 * <p>System properties (set by the {@code run} profile): {@code desk.dataDir} (default {@code data}),
 * {@code desk.payaraJar}, {@code desk.war}, {@code desk.jvmOptions} (the desk's JVM options, default
 * {@code src/main/payara/jvm.options}), {@code desk.port} (default 8080).
 */
public final class DeskLauncher {

    private static final String DATABASE = "desk";
    /** The superuser that the embedded PostgreSQL's initdb creates; it logs in without a password from localhost. */
    private static final String SUPERUSER = "postgres";
    private static final long DESK_STOP_SECONDS = 60;

    private final Path dataDirectory;
    private final Path payaraJar;
    private final Path war;
    private final Path jvmOptions;
    private final int httpPort;

    private EmbeddedPostgres postgres;
    private Process desk;
    private volatile boolean stopping;

    DeskLauncher(Path dataDirectory, Path payaraJar, Path war, Path jvmOptions, int httpPort) {
        this.dataDirectory = dataDirectory;
        this.payaraJar = payaraJar;
        this.war = war;
        this.jvmOptions = jvmOptions;
        this.httpPort = httpPort;
    }

    public static void main(String[] args) throws Exception {
        new DeskLauncher(
                Path.of(System.getProperty("desk.dataDir", "data")),
                Path.of(System.getProperty("desk.payaraJar", "target/payara-micro.jar")),
                Path.of(System.getProperty("desk.war", "target/complaint-desk.war")),
                Path.of(System.getProperty("desk.jvmOptions", "src/main/payara/jvm.options")),
                Integer.getInteger("desk.port", 8080)).run();
    }

    void run() throws IOException, SQLException, InterruptedException {
        mentionOldH2File();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "desk-launcher-stop"));
        startPostgres();
        createDeskDatabaseIfMissing();
        startDesk();
        int exitCode = desk.waitFor();
        boolean askedToStop = stopping;
        // when Ctrl-C ended the desk, this waits for the shutdown hook to finish stopping PostgreSQL: returning
        // earlier would let Maven close this class loader under the hook
        stop();
        if (!askedToStop && exitCode != 0) {
            throw new IllegalStateException("the desk stopped with exit code " + exitCode);
        }
    }

    private void mentionOldH2File() {
        Path h2File = dataDirectory.resolve("complaint-desk.mv.db");
        if (Files.exists(h2File)) {
            System.out.println("[desk] " + h2File + " is the old H2 database: it is no longer read"
                    + " (the desk runs on PostgreSQL, data in " + postgresDirectory() + ")");
        }
    }

    private Path postgresDirectory() {
        return dataDirectory.resolve("postgres");
    }

    private synchronized void startPostgres() throws IOException {
        failIfStopping();
        Path directory = Files.createDirectories(postgresDirectory()).toAbsolutePath();
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // our hook stops it after Payara Micro; its own could run first, under a desk still running
                .setRegisterShutdownHook(false)
                .start();
        System.out.println("[desk] PostgreSQL on port " + postgres.getPort() + ", data in " + directory);
    }

    private void createDeskDatabaseIfMissing() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet row = exists.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + DATABASE);
            }
            System.out.println("[desk] created the database " + DATABASE);
        }
    }

    /**
     * Payara Micro's runtime folder beside its jar, emptied first: in the system's temporary folder (its default) a
     * cleaner may remove files under a running desk, and Payara warns of that at every start; a folder kept from the
     * last run would make it deploy that run's application a second time.
     */
    private Path freshRuntimeDirectory() throws IOException {
        Path runtime = payaraJar.toAbsolutePath().resolveSibling("run-runtime");
        if (Files.exists(runtime)) {
            try (Stream<Path> old = Files.walk(runtime)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(runtime);
    }

    private synchronized void startDesk() throws IOException {
        failIfStopping();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + jvmOptions,
                "-Ddesk.http.port=" + httpPort,
                "-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/", "--port", String.valueOf(httpPort), "--nocluster",
                "--rootdir", freshRuntimeDirectory().toAbsolutePath().toString(),
                // the desk's logging, beside its JVM options
                "--logproperties", jvmOptions.resolveSibling("logging.properties").toString()))
                .inheritIO();
        builder.environment().put("DESK_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE);
        builder.environment().put("DESK_DB_USER", SUPERUSER);
        builder.environment().put("DESK_DB_PASSWORD", SUPERUSER);
        builder.environment().put("DESK_DEMO_USERS", "true");
        desk = builder.start();
    }

    private void failIfStopping() {
        if (stopping) {
            throw new IllegalStateException("stopped while starting");
        }
    }

    /** Stops Payara Micro, then PostgreSQL; safe to call twice (from the shutdown hook and from run). */
    private synchronized void stop() {
        stopping = true;
        if (desk != null && desk.isAlive()) {
            System.out.println("[desk] stopping Payara Micro");
            desk.destroy();
            try {
                if (!desk.waitFor(DESK_STOP_SECONDS, TimeUnit.SECONDS)) {
                    desk.destroyForcibly().waitFor(DESK_STOP_SECONDS, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (postgres != null) {
            System.out.println("[desk] stopping PostgreSQL");
            try {
                postgres.close();
            } catch (IOException e) {
                System.out.println("[desk] could not stop PostgreSQL: " + e.getMessage());
            }
            postgres = null;
        }
    }
}
