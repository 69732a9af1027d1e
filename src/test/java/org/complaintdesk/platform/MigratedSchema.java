package org.complaintdesk.platform;

import javax.sql.DataSource;

/** The desk's own schema migration ({@link SchemaMigration}), for tests that build a desk below Payara. */
public final class MigratedSchema {

    private MigratedSchema() {
    }

    public static void migrate(DataSource dataSource, String deskZone) {
        SchemaMigration.migrate(dataSource, deskZone);
    }
}
