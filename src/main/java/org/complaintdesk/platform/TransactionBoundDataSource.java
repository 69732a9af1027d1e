package org.complaintdesk.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The DataSource that the workflow engine and the desk's own JDBC code inject (the one CDI bean of that type): inside a JTA transaction it hands out
 * the one connection that JPA holds for that transaction, outside one a pooled connection.
 * <p>
 * Why: given a second connection while JPA held the first, Payara's pool enlisted a second physical connection in
 * the same local transaction. Only the first one is committed with it; the second was put back in the pool when its
 * handle closed and again when the transaction ended ("state.isBusy already set to false"), after which two threads
 * shared it and each other's transactions (lost and doubled writes, "Cannot commit when autoCommit is enabled").
 * One connection per transaction makes the complaint row and its process commit or roll back as one, for real.
 */
@ApplicationScoped
public class TransactionBoundDataSource implements DataSource {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource pool;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PersistenceContext
    EntityManager entityManager;

    @Override
    public Connection getConnection() throws SQLException {
        if (inTransaction()) {
            return NotClosingConnection.of(entityManager.unwrap(Connection.class));
        }
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the desk's connections use the configured database login");
    }

    private boolean inTransaction() {
        int status = transactions.getTransactionStatus();
        return status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK;
    }


    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return pool.isWrapperFor(type);
    }
}
