package org.complaintdesk.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database settings {@code desk.db.url}, {@code desk.db.user} and {@code desk.db.password}
 * (environment: DESK_DB_URL, DESK_DB_USER, DESK_DB_PASSWORD). The desk runs on PostgreSQL only.
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String URL = "desk.db.url";
    public static final String USER = "desk.db.user";
    public static final String PASSWORD = "desk.db.password";

    private static final String POSTGRESQL_PREFIX = "jdbc:postgresql:";

    public static DatabaseSettings fromConfig() {
        // the class's own loader sees the WAR's defaults, whichever thread the pool calls from
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        return new DatabaseSettings(
                config.getOptionalValue(URL, String.class).orElse(""),
                config.getOptionalValue(USER, String.class).orElse(""),
                config.getOptionalValue(PASSWORD, String.class).orElse(""));
    }

    public boolean isPostgresql() {
        return url.startsWith(POSTGRESQL_PREFIX);
    }

    /**
     * A connection of its own, outside the container's pool, for a task that holds one as long as the desk runs
     * (the alert listener); named in pg_stat_activity by {@code applicationName}.
     */
    public Connection openDedicated(String applicationName) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", applicationName);
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = new org.postgresql.Driver().connect(checkedUrl(), properties);
        if (connection == null) {
            throw new SQLException("the JDBC driver does not accept " + safeUrl());
        }
        return connection;
    }

    /** The URL, or an error naming the setting when it is not a PostgreSQL URL. */
    String checkedUrl() throws SQLException {
        if (!isPostgresql()) {
            throw new SQLException(wrongUrl());
        }
        return url;
    }

    /** The one line that says the URL names no database the desk supports. */
    public String wrongUrl() {
        return URL + " (DESK_DB_URL) must start with " + POSTGRESQL_PREFIX + ", but is '" + safeUrl() + "'";
    }

    /** One line that names the settings to check, without the password. */
    public String connectionFailure(Exception cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "Cannot open the database named by " + URL + " (DESK_DB_URL) = " + safeUrl() + " as " + USER
                + " (DESK_DB_USER) = " + user + ": " + root.getMessage();
    }

    /** The URL without credentials that may be written in it, for log lines. */
    public String safeUrl() {
        return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
    }
}
