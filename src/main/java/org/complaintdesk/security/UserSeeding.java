package org.complaintdesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;

/**
 * Creates the first users on an empty database: the demo users (one per role, two teams) when asked
 * for, or else the initial administrator from configuration.
 */
@ApplicationScoped
public class UserSeeding {

    private static final Logger LOG = Logger.getLogger(UserSeeding.class.getName());

    /** The demo users' password, printed in the README and the start log. */
    public static final String DEMO_PASSWORD = "demo";
    /** The demo users' e-mail domain (reserved for examples: nothing is ever delivered there by a real server). */
    public static final String DEMO_MAIL_DOMAIN = "complaintdesk.example";

    record DemoUser(String username, String employeeNumber, String displayName, Role role, String team) {
    }

    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("agent1", "E1001", "Agent One", Role.AGENT, "NORTH"),
            new DemoUser("agent2", "E1002", "Agent Two", Role.AGENT, "SOUTH"),
            new DemoUser("lead1", "E2001", "Lead One", Role.TEAM_LEAD, "NORTH"),
            new DemoUser("lead2", "E2002", "Lead Two", Role.TEAM_LEAD, "SOUTH"),
            new DemoUser("supervisor1", "E3001", "Supervisor One", Role.SUPERVISOR, null),
            new DemoUser("auditor1", "E4001", "Auditor One", Role.AUDITOR, null),
            new DemoUser("admin", "E9001", "Administrator", Role.ADMIN, null));

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    /** @return what a newcomer needs to log in, for the start log; empty when users existed already */
    @Transactional
    public String seed(boolean demoUsers, String adminUsername, String adminPassword) {
        if (users.countUsers() > 0) {
            return "";
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (demoUsers) {
            Team north = new Team("NORTH", "北区组", "北區組", "Team North");
            Team south = new Team("SOUTH", "南区组", "南區組", "Team South");
            users.save(north);
            users.save(south);
            String hash = hasher.hash(DEMO_PASSWORD);
            for (DemoUser demo : DEMO_USERS) {
                Team team = demo.team() == null ? null : demo.team().equals("NORTH") ? north : south;
                DeskUser user = new DeskUser(demo.username(), demo.employeeNumber(), demo.displayName(), demo.role(),
                        team, hash, now);
                user.setEmail(demo.username() + "@" + DEMO_MAIL_DOMAIN);
                users.save(user);
            }
            return "demo users agent1, agent2, lead1, lead2, supervisor1, auditor1, admin; password '" + DEMO_PASSWORD + "'";
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            LOG.warning("No user exists and desk.admin.password (DESK_ADMIN_PASSWORD) is empty: nobody can log in");
            return "";
        }
        users.save(new DeskUser(adminUsername, "E0001", "Administrator", Role.ADMIN, null, hasher.hash(adminPassword), now));
        return "the administrator '" + adminUsername + "' with the password from DESK_ADMIN_PASSWORD";
    }
}
