package org.complaintdesk.operations;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.complaintdesk.admin.PolicyVersions;
import org.complaintdesk.broadcast.AlertListening;
import org.complaintdesk.complaint.PauseLimits;
import org.complaintdesk.notification.MailSender;
import org.complaintdesk.platform.DataSourceConfiguration;
import org.complaintdesk.platform.DatabaseSettings;
import org.complaintdesk.platform.ListenerPort;
import org.complaintdesk.platform.SchemaMigration;
import org.complaintdesk.platform.StartFailure;
import org.complaintdesk.platform.StartLock;
import org.complaintdesk.security.UserSeeding;
import org.complaintdesk.sla.ComplianceFolding;
import org.complaintdesk.sla.SlaWindows;
import org.complaintdesk.workflow.ProcessDeployer;
import org.complaintdesk.workflow.WorkflowEngine;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the desk up in order when the application starts: check the database setting; then, one desk at a time on
 * a database ({@link StartLock}), migrate the schema, make the first SLA policy version (or the next, if the
 * configured windows changed), build the workflow engine and deploy the processes, create the first users; then
 * start the e-mail sender and the listener for every desk's alerts. Doing this eagerly (not in the first request) is
 * what keeps the engine's JTA transactions working (see DESIGN.md).
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
    PolicyVersions policyVersions;

    @Inject
    SlaWindows windows;

    @Inject
    DeskMetrics metrics;

    @Inject
    ProcessDeployer processDeployer;

    @Inject
    UserSeeding userSeeding;

    @Inject
    AlertListening alertListening;

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
    ComplianceFolding complianceFolding;

    @Inject
    PauseLimits pauseLimits;

    /** The port named in the ready line when Payara's configuration cannot tell (ListenerPort). */
    @Inject
    @ConfigProperty(name = "desk.http.port", defaultValue = "8080")
    int httpPort;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        DatabaseSettings settings = DatabaseSettings.fromConfig();
        checkDatabase(settings);
        String login;
        try (StartLock turn = StartLock.take(dataSource)) {
            login = startShared(settings);
        } catch (SQLException e) {
            throw StartFailure.end(settings.connectionFailure(e), e);
        }
        metrics.register();
        mailSender.start();
        complianceFolding.start();
        pauseLimits.start();
        alertListening.start();
        StartFailure.markReady();
        int port = ListenerPort.ofThisInstance().orElse(httpPort);
        LOG.info(() -> "Complaint Desk is ready at http://localhost:" + port + "/"
                + (login.isEmpty() ? "" : " - log in as " + login));
    }

    /**
     * What desks on one database share: the schema, the SLA policy, the processes, the first users. Answers whom to
     * log in as, if the first users were made now.
     */
    private String startShared(DatabaseSettings settings) {
        MigrateResult migration = SchemaMigration.migrate(dataSource, windows.timeZone().getId());
        // nothing to apply (a restart): Flyway names no target, the schema stays at its initial version
        String version = migration.targetSchemaVersion != null ? migration.targetSchemaVersion : migration.initialSchemaVersion;
        LOG.info(() -> "Schema at version " + version + " (" + migration.migrationsExecuted
                + " migration(s) applied) on PostgreSQL " + settings.safeUrl());
        try {
            policyVersions.renewAtStart();
        } catch (IllegalArgumentException badWindow) {
            throw StartFailure.end("A configured SLA window does not read: " + badWindow.getMessage(), null);
        }
        workflowEngine.start();
        processDeployer.deployAll();
        return userSeeding.seed(demoUsers.orElse(false), adminUsername, adminPassword.orElse(""));
    }

    private void checkDatabase(DatabaseSettings settings) {
        if (!settings.isPostgresql()) {
            throw StartFailure.end(settings.wrongUrl(), null);
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException | RuntimeException e) {
            throw StartFailure.end(settings.connectionFailure(e), e);
        }
    }
}
