package org.complaintdesk.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one container-managed, pooled DataSource shared by JPA, Flyway and the workflow engine, so that a
 * complaint row and its process commit in one transaction. Which database it reaches is configuration
 * (see {@link DatabaseSettings}).
 */
@DataSourceDefinition(
        name = DataSourceConfiguration.JNDI_NAME,
        className = "org.complaintdesk.platform.DeskDataSource",
        minPoolSize = 2,
        maxPoolSize = DataSourceConfiguration.MAX_POOL_SIZE,
        maxIdleTime = 300,
        // a connection PostgreSQL dropped (a restart, a fail-over, an idle timeout) is found dead when next taken and
        // replaced, with every other idle one, instead of failing a request or a job with a wall of pool errors; the
        // check is one "SELECT 1" round trip per take (CrashRecoveryIT drops every connection of a running desk)
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class DataSourceConfiguration {

    public static final String JNDI_NAME = "java:app/jdbc/desk";
    /** Connections per desk, shared by requests and the workflow engine's job executor (see JobExecutorSizing). */
    public static final int MAX_POOL_SIZE = 32;
}
