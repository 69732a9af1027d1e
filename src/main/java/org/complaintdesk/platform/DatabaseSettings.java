package org.complaintdesk.platform;

import java.sql.SQLException;
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
