package org.complaintdesk.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.complaintdesk.admin.AdminInput.NewPassword;
import org.complaintdesk.admin.AdminInput.NewUser;
import org.complaintdesk.admin.AdminInput.UserChange;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.ComplaintException.FieldError;
import org.complaintdesk.complaint.InputValidation;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.DeskUser;
import org.complaintdesk.security.PasswordHasher;
import org.complaintdesk.security.Role;
import org.complaintdesk.security.Team;
import org.complaintdesk.security.UserRepository;
import org.complaintdesk.sla.DeskClock;

/**
 * The administrators' use cases on users: create, change, reset a password, disable and enable. Each change
 * writes one line to the admin history in the same transaction; a refused change writes nothing.
 */
@ApplicationScoped
@Transactional
public class UserAdministration {

    @Inject
    UserRepository users;

    @Inject
    PasswordHasher hasher;

    @Inject
    InputValidation validation;

    @Inject
    AdminLog log;

    @Inject
    DeskClock clock;

    /** Every user with their team, disabled ones too, by user name. */
    public List<DeskUser> users(Actor actor) {
        requireAdmin(actor);
        return users.findAll();
    }

    public DeskUser user(String username, Actor actor) {
        requireAdmin(actor);
        return find(username);
    }

    public DeskUser create(NewUser input, Actor actor) {
        requireAdmin(actor);
        NewUser user = validation.check(input == null ? null : new NewUser(AdminInput.clean(input.username()),
                AdminInput.upper(input.employeeNumber()), AdminInput.clean(input.displayName()), input.role(), AdminInput.clean(input.team()),
                AdminInput.clean(input.email()), AdminInput.clean(input.language()), input.password()), "user");
        List<FieldError> errors = new ArrayList<>();
        if (users.findByUsername(user.username()).isPresent()) {
            errors.add(new FieldError("username", "already belongs to another user").because("usernameTaken"));
        }
        if (users.findByEmployeeNumber(user.employeeNumber()).isPresent()) {
            errors.add(new FieldError("employeeNumber", "already belongs to another user").because("employeeNumberTaken"));
        }
        Team team = team(user.role(), user.team(), errors);
        if (!errors.isEmpty()) {
            throw ComplaintException.invalid(errors);
        }
        DeskUser created = new DeskUser(user.username(), user.employeeNumber(), user.displayName(), user.role(), team,
                hasher.hash(user.password()), clock.now().atOffset(ZoneOffset.UTC));
        created.setEmail(user.email());
        created.chooseLanguage(user.language());
        users.save(created);
        log.record(actor, subject(created), "USER_CREATED", new ChangeText().value("role", user.role()).value("team", user.team())
                .value("employee number", user.employeeNumber()).value("name", user.displayName()).value("email", user.email())
                .value("language", user.language()).toString());
        return created;
    }

    /** @return whether anything changed (nothing changed: no history line) */
    public boolean change(String username, UserChange input, Actor actor) {
        requireAdmin(actor);
        DeskUser user = find(username);
        UserChange change = validation.check(input == null ? null : new UserChange(AdminInput.upper(input.employeeNumber()),
                AdminInput.clean(input.displayName()), input.role(), AdminInput.clean(input.team()), AdminInput.clean(input.email()),
                AdminInput.clean(input.language())), "change");
        List<FieldError> errors = new ArrayList<>();
        users.findByEmployeeNumber(change.employeeNumber()).filter(other -> !other.getId().equals(user.getId()))
                .ifPresent(other -> errors.add(new FieldError("employeeNumber", "already belongs to another user").because("employeeNumberTaken")));
        UserRules.refuseRole(user, change.role(), users.countEnabled(Role.ADMIN))
                .ifPresent(why -> errors.add(new FieldError("role", why).because("lastAdministratorKeepsRole", user.getUsername())));
        Team team = team(change.role(), change.team(), errors);
        if (!errors.isEmpty()) {
            throw ComplaintException.invalid(errors);
        }
        String languageBefore = user.getLanguage() == null ? AdminInput.FIRST_LANGUAGE : user.getLanguage();
        String language = change.language() == null ? languageBefore : change.language();
        ChangeText changes = new ChangeText().change("role", user.getRole(), change.role())
                .change("team", teamCode(user.getTeam()), teamCode(team))
                .change("employee number", user.getEmployeeNumber(), change.employeeNumber())
                .change("name", user.getDisplayName(), change.displayName())
                .change("email", user.getEmail(), change.email())
                .change("language", languageBefore, language);
        if (changes.isEmpty()) {
            return false;
        }
        user.setRole(change.role());
        user.setTeam(team);
        user.setEmployeeNumber(change.employeeNumber());
        user.setDisplayName(change.displayName());
        user.setEmail(change.email());
        if (!language.equals(languageBefore)) {
            user.chooseLanguage(language);
        }
        log.record(actor, subject(user), "USER_CHANGED", changes.toString());
        return true;
    }

    /** Sets a new password chosen by the administrator; the history says only that it was reset. */
    public void resetPassword(String username, NewPassword input, Actor actor) {
        requireAdmin(actor);
        DeskUser user = find(username);
        NewPassword password = validation.check(input, "password");
        user.setPasswordHash(hasher.hash(password.password()));
        log.record(actor, subject(user), "PASSWORD_RESET", null);
    }

    public void setEnabled(String username, boolean enabled, Actor actor) {
        requireAdmin(actor);
        DeskUser user = find(username);
        if (user.isEnabled() == enabled) {
            return;
        }
        if (!enabled) {
            UserRules.refuseDisable(actor.username(), user, users.countEnabled(Role.ADMIN)).ifPresent(why -> {
                throw ComplaintException.conflict(why);
            });
        }
        user.setEnabled(enabled);
        log.record(actor, subject(user), enabled ? "USER_ENABLED" : "USER_DISABLED",
                new ChangeText().change("enabled", !enabled, enabled).toString());
    }

    static void requireAdmin(Actor actor) {
        if (actor == null || !actor.is(Role.ADMIN)) {
            throw ComplaintException.notAllowed("Only administrators manage users and teams");
        }
    }

    private DeskUser find(String username) {
        return users.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> ComplaintException.unknown("user", "No user is called " + username));
    }

    /** The team chosen for the role; a missing or unknown one is added to the errors. */
    private Team team(Role role, String code, List<FieldError> errors) {
        if (code == null) {
            if (UserRules.needsTeam(role)) {
                errors.add(new FieldError("team", "is required for agents and team leads").because("teamRequired"));
            }
            return null;
        }
        Team team = users.findTeam(code).orElse(null);
        if (team == null) {
            errors.add(new FieldError("team", "no team has the code " + code).because("noSuchTeam", code));
        }
        return team;
    }

    private static String teamCode(Team team) {
        return team == null ? null : team.getCode();
    }

    static String subject(DeskUser user) {
        return "user:" + user.getUsername();
    }
}
