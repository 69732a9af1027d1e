package org.complaintdesk.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.complaintdesk.notification.MailSender;
import org.complaintdesk.security.UserSeeding;
import org.complaintdesk.sla.SlaWindows;
import org.complaintdesk.workflow.ProcessDeployer;
import org.complaintdesk.workflow.WorkflowEngine;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the desk up in order when the application starts: check the database setting, migrate the schema,
 * build the workflow engine and deploy the processes, start the e-mail sender, create the first users. Doing this
 * eagerly (not in the first request) is what keeps the engine's JTA transactions working (see DESIGN.md).
 * A bad database setting stops the start with one clear log line naming the setting.
 */
@ApplicationScoped
public class DeskStartup {

    private static final Logger LOG = Logger.getLogger(DeskStartup.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Inject
    WorkflowEngine workflowEngine;

    @Inject
    SlaWindows windows;

    @Inject
    DeskMetrics metrics;

    @Inject
    ProcessDeployer processDeployer;

    @Inject
    UserSeeding userSeeding;

    @Inject
    MailSender mailSender;

    @Inject
    @ConfigProperty(name = "desk.demo-users")
    Optional<Boolean> demoUsers;

    @Inject
    @ConfigProperty(name = "desk.admin.username", defaultValue = "admin")
    String adminUsername;

    @Inject
    @ConfigProperty(name = "desk.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "desk.http.port", defaultValue = "8080")
    int httpPort;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        checkDatabase(settings);
        MigrateResult migration = SchemaMigration.migrate(dataSource, windows.timeZone().getId());
        LOG.info(() -> "Schema at version " + migration.targetSchemaVersion + " (" + migration.migrationsExecuted
                + " migration(s) applied) on " + settings.kind().orElseThrow() + " " + settings.safeUrl());
        workflowEngine.start();
        processDeployer.deployAll();
        metrics.register();
        mailSender.start();
        String login = userSeeding.seed(demoUsers.orElse(settings.isEmbedded()), adminUsername, adminPassword.orElse(""));
        LOG.info(() -> "Complaint Desk is ready at http://localhost:" + httpPort + "/"
                + (login.isEmpty() ? "" : " - log in as " + login));
    }

    private void checkDatabase(DatabaseSettings settings) {
        if (settings.kind().isEmpty()) {
            throw startFailure(DatabaseSettings.URL + " (DESK_DB_URL) must start with jdbc:h2: or jdbc:postgresql:, but is '"
                    + settings.safeUrl() + "'", null);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException | RuntimeException e) {
            throw startFailure(settings.connectionFailure(e), e);
        }
    }

    private static IllegalStateException startFailure(String message, Exception cause) {
        LOG.log(Level.SEVERE, message);
        return new IllegalStateException(message, cause);
    }
}
