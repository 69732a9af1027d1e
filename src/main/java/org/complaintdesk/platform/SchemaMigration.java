package org.complaintdesk.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Creates and evolves the application's own tables with the Flyway scripts in db/migration. */
final class SchemaMigration {

    private SchemaMigration() {
    }

    static MigrateResult migrate(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("desk_schema_history")
                .load()
                .migrate();
    }
}
