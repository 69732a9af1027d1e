package org.complaintdesk.platform;

import java.sql.Driver;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The database settings {@code desk.db.url}, {@code desk.db.user} and {@code desk.db.password}
 * (environment: DESK_DB_URL, DESK_DB_USER, DESK_DB_PASSWORD).
 */
public record DatabaseSettings(String url, String user, String password) {

    public static final String URL = "desk.db.url";
    public static final String USER = "desk.db.user";
    public static final String PASSWORD = "desk.db.password";

    public enum Kind { H2, POSTGRESQL }

    public static DatabaseSettings fromConfig() {
        // the class's own loader sees the WAR's defaults, whichever thread the pool calls from
        Config config = ConfigProvider.getConfig(DatabaseSettings.class.getClassLoader());
        return new DatabaseSettings(
                config.getOptionalValue(URL, String.class).orElse(""),
                config.getOptionalValue(USER, String.class).orElse(""),
                config.getOptionalValue(PASSWORD, String.class).orElse(""));
    }

    /** The kind of database the URL names, or empty when it names none the desk supports. */
    public Optional<Kind> kind() {
        if (url.startsWith("jdbc:h2:")) {
            return Optional.of(Kind.H2);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return Optional.of(Kind.POSTGRESQL);
        }
        return Optional.empty();
    }

    public boolean isEmbedded() {
        return kind().orElse(null) == Kind.H2;
    }

    /** The JDBC driver for the URL, taken from the WAR (DriverManager does not look inside a WAR). */
    Driver driver() throws SQLException {
        String driverClass = kind().map(k -> k == Kind.H2 ? "org.h2.Driver" : "org.postgresql.Driver")
                .orElseThrow(() -> new SQLException(URL + " must start with jdbc:h2: or jdbc:postgresql:"));
        try {
            return (Driver) Class.forName(driverClass, true, DatabaseSettings.class.getClassLoader())
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("JDBC driver missing from the WAR: " + driverClass, e);
        }
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
