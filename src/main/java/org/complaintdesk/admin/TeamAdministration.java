package org.complaintdesk.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.complaintdesk.admin.AdminInput.NewTeam;
import org.complaintdesk.admin.AdminInput.TeamName;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.InputValidation;
import org.complaintdesk.security.Actor;
import org.complaintdesk.security.Team;
import org.complaintdesk.security.UserRepository;

/**
 * The administrators' use cases on teams: create, and name in each language of the screens. A team's code never
 * changes: complaints and escalations are routed by it. Each change writes one line to the admin history.
 */
@ApplicationScoped
@Transactional
public class TeamAdministration {

    @Inject
    UserRepository users;

    @Inject
    InputValidation validation;

    @Inject
    AdminLog log;

    public List<Team> teams(Actor actor) {
        UserAdministration.requireAdmin(actor);
        return users.findTeams();
    }

    public Team create(NewTeam input, Actor actor) {
        UserAdministration.requireAdmin(actor);
        NewTeam team = validation.check(input == null ? null : new NewTeam(AdminInput.upper(input.code()),
                AdminInput.clean(input.name()), AdminInput.clean(input.nameZhTw()), AdminInput.clean(input.nameEn())), "team");
        if (users.findTeam(team.code()).isPresent()) {
            throw ComplaintException.invalid("code", "already belongs to another team").because("teamCodeTaken");
        }
        Team created = new Team(team.code(), team.name(), team.nameZhTw(), team.nameEn());
        users.save(created);
        log.record(actor, "team:" + created.getCode(), "TEAM_CREATED", new ChangeText().value("name", created.getName())
                .value("name zh-TW", created.getNameZhTw()).value("name en", created.getNameEn()).toString());
        return created;
    }

    /** @return whether the name changed (the same name again: no history line) */
    public boolean rename(String code, TeamName input, Actor actor) {
        UserAdministration.requireAdmin(actor);
        Team team = users.findTeam(code == null ? "" : code)
                .orElseThrow(() -> ComplaintException.invalid("team", "no team has the code " + code).because("noSuchTeam", code));
        TeamName name = validation.check(input == null ? null : new TeamName(AdminInput.clean(input.name()),
                AdminInput.clean(input.nameZhTw()), AdminInput.clean(input.nameEn())), "name");
        ChangeText changes = new ChangeText().change("name", team.getName(), name.name())
                .change("name zh-TW", team.getNameZhTw(), name.nameZhTw()).change("name en", team.getNameEn(), name.nameEn());
        if (changes.isEmpty()) {
            return false;
        }
        team.rename(name.name(), name.nameZhTw(), name.nameEn());
        log.record(actor, "team:" + team.getCode(), "TEAM_RENAMED", changes.toString());
        return true;
    }
}
