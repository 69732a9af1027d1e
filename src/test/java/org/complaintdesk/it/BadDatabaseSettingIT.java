package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.OffSharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * A desk whose database setting is wrong does not start: it stops with one clear line naming the settings to check,
 * never the password, and a non-zero status. (A restart that works is CrashRecoveryIT's.)
 */
@OffSharedDesk
class BadDatabaseSettingIT {

    @Test
    void aBadDatabaseSettingStopsTheStartWithOneClearLine() {
        // a database that does not exist, and a password that must not be printed
        Map<String, String> env = DeskServer.postgresEnvironment(TestDatabase.url("desk_missing"));
        env.put("DESK_DB_PASSWORD", "not-the-password");
        try (DeskServer desk = new DeskServer("bad-db", env).start()) {
            // a desk that cannot start stops, with a non-zero status, so that a container is restarted and nobody is misled
            assertThat(desk.awaitExit(java.time.Duration.ofMinutes(3))).isEqualTo(3);
            assertThat(desk.severeLines()).anySatisfy(line -> assertThat(line)
                    .contains("desk.db.url (DESK_DB_URL)", "desk.db.user (DESK_DB_USER)").doesNotContain("not-the-password"));
            assertThat(desk.logText()).doesNotContain("Complaint Desk is ready");
        }
    }
}
