package org.complaintdesk.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.Driver;

/**
 * The physical connection source behind the container's pool ({@link DataSourceConfiguration}).
 * It reads the URL, user and password from {@link DatabaseSettings} on each new physical connection;
 * pooling and transactions stay the container's.
 */
public class DeskDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(DeskDataSource.class.getName());

    /** The last failure logged, so that a pool retrying does not repeat the same line. */
    private static volatile String lastFailure;

    private int loginTimeout;

    @Override
    public Connection getConnection() throws SQLException {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        return getConnection(settings.user(), settings.password());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        try {
            Connection connection = new Driver().connect(settings.checkedUrl(), properties);
            if (connection == null) {
                throw new SQLException("the JDBC driver does not accept this URL");
            }
            lastFailure = null;
            return connection;
        } catch (SQLException e) {
            String message = settings.connectionFailure(e);
            // the first connection is made while the container deploys the persistence unit, before any
            // application code runs: a failure then fails the deployment, and Payara Micro would go on serving
            // 404s, so the start ends here with the line that tells the operator which setting to fix
            if (!StartFailure.isReady()) {
                throw new SQLException(StartFailure.end(message, e).getMessage(), e.getSQLState(), e);
            }
            if (!message.equals(lastFailure)) {
                lastFailure = message;
                LOG.severe(message);
            }
            throw new SQLException(message, e.getSQLState(), e);
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // DriverManager logs on its own
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
