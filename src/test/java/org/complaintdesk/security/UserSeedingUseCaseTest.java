package org.complaintdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import org.complaintdesk.complaint.UseCaseDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The first users, through {@link UserSeeding} as the desk's start calls it, on a fresh PostgreSQL database. */
@EnableWeld
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserSeedingUseCaseTest {

    private static final String DATABASE = "usecase_seeding";

    @WeldSetup
    WeldInitiator weld = UseCaseDesk.on(DATABASE);

    @Inject
    UserSeeding seeding;

    @Inject
    PasswordHasher hasher;

    @Test
    void withoutDemoUsersOnlyTheConfiguredAdministratorIsMadeAndOnlyOnce() {
        String url = TestDatabase.url(DATABASE);

        // a first start on an empty database, demo users not asked for
        assertThat(seeding.seed(false, "chief", "s3cret-Admin")).contains("'chief'").doesNotContain("s3cret-Admin");

        assertThat(TestDatabase.texts(url, "select username || ' ' || role from desk_user")).containsExactly("chief ADMIN");
        assertThat(TestDatabase.count(url, "select count(*) from desk_team")).as("no demo teams").isZero();
        assertThat(hasher.verify("s3cret-Admin", TestDatabase.text(url, "select password_hash from desk_user"))).isTrue();

        // every later start, whatever it asks for, finds users and makes none
        assertThat(seeding.seed(false, "chief", "s3cret-Admin")).isEmpty();
        assertThat(seeding.seed(true, "other", "another-Secret")).isEmpty();
        assertThat(TestDatabase.count(url, "select count(*) from desk_user")).as("users after two more starts").isEqualTo(1);
    }
}
