package org.complaintdesk.broadcast;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.complaintdesk.complaint.AlertRaised;

/**
 * Announces each alert to every desk on the database: {@code pg_notify} in the transaction that raises it, on that
 * transaction's own connection (the injected DataSource is the TransactionBoundDataSource). PostgreSQL delivers a
 * notification only when its transaction commits, so an alert that rolls back is never shown.
 */
@ApplicationScoped
public class AlertNotifier {

    @Inject
    DataSource dataSource;

    /** A synchronous observer, so it joins the raising transaction (as the e-mail outbox does). */
    @Transactional(TxType.MANDATORY)
    public void announce(@Observes AlertRaised alert) {
        if (alert.usernames().isEmpty()) {
            return;
        }
        // close() of the transaction's connection leaves it open: JPA releases it when the transaction ends
        try (Connection connection = dataSource.getConnection()) {
            notify(connection, alert);
        } catch (SQLException e) {
            // the statement failed inside the transaction, which PostgreSQL has now aborted: say so at once
            throw new IllegalStateException("could not announce alert " + alert.alertId() + " to the other desks", e);
        }
    }

    /** Queues the alert's notifications in the connection's current transaction. */
    static void notify(Connection connection, AlertRaised alert) throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            for (String payload : AlertNotifications.payloads(alert)) {
                notify.setString(1, AlertNotifications.CHANNEL);
                notify.setString(2, payload);
                try (ResultSet ignored = notify.executeQuery()) {
                    // pg_notify returns void: nothing to read
                }
            }
        }
    }
}
