package org.complaintdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

    @Test
    void knowsH2AndPostgresqlByTheirUrls() {
        assertThat(new DatabaseSettings("jdbc:h2:file:./data/x", "u", "p").kind()).contains(DatabaseSettings.Kind.H2);
        assertThat(new DatabaseSettings("jdbc:postgresql://db/desk", "u", "p").kind()).contains(DatabaseSettings.Kind.POSTGRESQL);
        assertThat(new DatabaseSettings("jdbc:mysql://db/desk", "u", "p").kind()).isEmpty();
        assertThat(new DatabaseSettings("jdbc:h2:mem:x", "u", "p").isEmbedded()).isTrue();
    }

    @Test
    void anUnsupportedUrlNamesTheSetting() {
        assertThatThrownBy(() -> new DatabaseSettings("jdbc:mysql://db/desk", "u", "p").driver())
                .isInstanceOf(SQLException.class).hasMessageContaining("desk.db.url");
    }

    @Test
    void logLinesNeverShowAPasswordWrittenIntoTheUrl() {
        assertThat(new DatabaseSettings("jdbc:postgresql://db/desk?user=a&password=secret&ssl=true", "a", "").safeUrl())
                .isEqualTo("jdbc:postgresql://db/desk?user=a&password=***&ssl=true");
    }

    @Test
    void theDriverConnectsToAnH2File() throws Exception {
        DeskDataSource dataSource = new DeskDataSource();
        var settings = new DatabaseSettings("jdbc:h2:mem:settings-test", "sa", "");
        try (var connection = settings.driver().connect(settings.url(), new java.util.Properties())) {
            assertThat(connection.isValid(1)).isTrue();
        }
        assertThat(dataSource.isWrapperFor(DeskDataSource.class)).isTrue();
    }
}
