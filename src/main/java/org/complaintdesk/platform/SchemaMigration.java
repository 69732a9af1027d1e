package org.complaintdesk.platform;

import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Creates and evolves the application's own tables with the Flyway scripts in db/migration. */
public final class SchemaMigration {

    private SchemaMigration() {
    }

    /** @param deskZone the desk's time zone id, for migrations that count by day */
    public static MigrateResult migrate(DataSource dataSource, String deskZone) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("desk_schema_history")
                .placeholders(Map.of("deskZone", deskZone))
                .load()
                .migrate();
    }
}
