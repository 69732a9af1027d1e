package org.complaintdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TeamTest {

    @Test
    void aTeamIsNamedInThePagesLanguage() {
        Team north = new Team("NORTH", "北区组", "北區組", "Team North");

        assertThat(north.nameIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("北区组");
        assertThat(north.nameIn(Locale.TRADITIONAL_CHINESE)).isEqualTo("北區組");
        assertThat(north.nameIn(Locale.ENGLISH)).isEqualTo("Team North");
        assertThat(north.nameIn(Locale.US)).isEqualTo("Team North");
    }

    @Test
    void aNameNotGivenInALanguageIsTheSimplifiedChineseOne() {
        Team night = new Team("NIGHT", "夜班");

        assertThat(night.nameIn(Locale.TRADITIONAL_CHINESE)).isEqualTo("夜班");
        assertThat(night.nameIn(Locale.ENGLISH)).isEqualTo("夜班");

        night.rename("夜班组", null, "Night shift");
        assertThat(night.nameIn(Locale.ENGLISH)).isEqualTo("Night shift");
        assertThat(night.nameIn(Locale.TRADITIONAL_CHINESE)).isEqualTo("夜班组");
    }
}
