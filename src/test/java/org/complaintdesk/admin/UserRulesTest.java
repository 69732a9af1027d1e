package org.complaintdesk.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.Role;
import org.complaintdesk.security.Team;
import org.junit.jupiter.api.Test;

/** The rules for changing users and the admin history's change text, without a container. */
class UserRulesTest {

    private static DeskUser user(String username, Role role) {
        return new DeskUser(username, "E1234", "Some One", role, null, "hash", OffsetDateTime.now());
    }

    @Test
    void agentsAndTeamLeadsNeedATeam() {
        assertThat(UserRules.needsTeam(Role.AGENT)).isTrue();
        assertThat(UserRules.needsTeam(Role.TEAM_LEAD)).isTrue();
        assertThat(UserRules.needsTeam(Role.SUPERVISOR)).isFalse();
        assertThat(UserRules.needsTeam(Role.ADMIN)).isFalse();
    }

    @Test
    void anAdministratorCannotDisableThemselves() {
        assertThat(UserRules.refuseDisable("root", user("root", Role.ADMIN), 3)).hasValueSatisfying(why -> assertThat(why).contains("your own"));
        assertThat(UserRules.refuseDisable("root", user("agent9", Role.AGENT), 1)).isEmpty();
    }

    @Test
    void theLastEnabledAdministratorStaysEnabledAndKeepsTheRole() {
        DeskUser admin = user("admin2", Role.ADMIN);
        assertThat(UserRules.refuseDisable("root", admin, 1)).isPresent();
        assertThat(UserRules.refuseDisable("root", admin, 2)).isEmpty();
        assertThat(UserRules.refuseRole(admin, Role.AUDITOR, 1)).hasValueSatisfying(why -> assertThat(why).contains("last enabled administrator"));
        assertThat(UserRules.refuseRole(admin, Role.ADMIN, 1)).isEmpty();
        assertThat(UserRules.refuseRole(admin, Role.AUDITOR, 2)).isEmpty();
        admin.setEnabled(false);
        assertThat(UserRules.refuseRole(admin, Role.AUDITOR, 1)).as("a disabled admin is not the last one").isEmpty();
    }

    @Test
    void theChangeTextNamesOnlyWhatChanged() {
        Team north = new Team("NORTH", "Team North");
        String text = new ChangeText().change("role", Role.AGENT, Role.TEAM_LEAD).change("team", north.getCode(), "SOUTH")
                .change("name", "Some One", "Some One").change("email", null, "a@b.example").toString();
        assertThat(text).isEqualTo("role AGENT -> TEAM_LEAD, team NORTH -> SOUTH, email (none) -> a@b.example");
        assertThat(new ChangeText().change("role", Role.AGENT, Role.AGENT).isEmpty()).isTrue();
        assertThat(new ChangeText().value("role", Role.AGENT).value("email", null).toString()).isEqualTo("role AGENT");
    }

    @Test
    void inputIsTrimmedAndCodesAreUpperCase() {
        assertThat(AdminInput.clean("  ")).isNull();
        assertThat(AdminInput.clean(" Li Lei ")).isEqualTo("Li Lei");
        assertThat(AdminInput.upper(" e1234")).isEqualTo("E1234");
        assertThat(new AdminInput.NewUser("u", "E1", "n", Role.AGENT, null, null, "en", "secret-password").toString()).doesNotContain("secret");
    }
}
