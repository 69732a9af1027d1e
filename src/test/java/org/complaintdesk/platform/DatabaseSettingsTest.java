package org.complaintdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void onlyPostgresqlUrlsAreTaken() {
        assertThat(new DatabaseSettings("jdbc:postgresql://db/desk", "u", "p").isPostgresql()).isTrue();
        assertThat(new DatabaseSettings("jdbc:h2:file:./data/x", "u", "p").isPostgresql()).isFalse();
    }

    @Test
    void anUnsupportedUrlNamesTheSetting() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://db/desk", "u", "p").checkedUrl())
                .isInstanceOf(SQLException.class).hasMessageContaining("desk.db.url (DESK_DB_URL) must start with jdbc:postgresql:");
    }

    @Test
    void logLinesNeverShowAPasswordWrittenIntoTheUrl() {
        assertThat(new DatabaseSettings("jdbc:postgresql://db/desk?user=a&password=secret&ssl=true", "a", "").safeUrl())
                .isEqualTo("jdbc:postgresql://db/desk?user=a&password=***&ssl=true");
    }
}
