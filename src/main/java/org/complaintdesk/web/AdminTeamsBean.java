package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.complaintdesk.admin.AdminInput.NewTeam;
import org.complaintdesk.admin.AdminInput.TeamName;
import org.complaintdesk.admin.TeamAdministration;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.security.Team;

/**
 * The administrator's teams: the list, a new team, new names for a team (in the three languages of the screens; the
 * team's current names are filled in when it is picked from the list).
 */
@Named
@ViewScoped
public class AdminTeamsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TeamAdministration administration;

    @Inject
    CurrentActor current;

    private List<Team> teams = List.of();
    private String code;
    private String name;
    private String nameZhTw;
    private String nameEn;
    private String renamedTeam;
    private String newName;
    private String newNameZhTw;
    private String newNameEn;

    public void load() {
        teams = administration.teams(current.actor());
        teams.stream().filter(t -> t.getCode().equals(renamedTeam) && newName == null).findFirst().ifPresent(t -> {
            newName = t.getName();
            newNameZhTw = t.getNameZhTw();
            newNameEn = t.getNameEn();
        });
    }

    public String create() {
        return Screens.perform("createTeamForm", () -> {
            administration.create(new NewTeam(code, name, nameZhTw, nameEn), current.actor());
            AdminScreens.info("teams.created");
            return "/admin/teams?faces-redirect=true";
        });
    }

    public String rename() {
        return Screens.perform("renameTeamForm", () -> {
            boolean renamed = administration.rename(renamedTeam, new TeamName(newName, newNameZhTw, newNameEn), current.actor());
            AdminScreens.info(renamed ? "teams.renamed" : "teams.unchanged");
            return "/admin/teams?faces-redirect=true";
        });
    }

    public List<Team> getTeams() {
        return teams;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameZhTw() {
        return nameZhTw;
    }

    public void setNameZhTw(String nameZhTw) {
        this.nameZhTw = nameZhTw;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNewNameZhTw() {
        return newNameZhTw;
    }

    public void setNewNameZhTw(String newNameZhTw) {
        this.newNameZhTw = newNameZhTw;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }

    public String getRenamedTeam() {
        return renamedTeam;
    }

    public void setRenamedTeam(String renamedTeam) {
        this.renamedTeam = renamedTeam;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
