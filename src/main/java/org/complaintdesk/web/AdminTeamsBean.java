package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.complaintdesk.admin.AdminInput.NewTeam;
import org.complaintdesk.admin.AdminInput.TeamName;
import org.complaintdesk.admin.TeamAdministration;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.security.CurrentActor;
import org.complaintdesk.security.Team;

/** The administrator's teams: the list, a new team, a new name for a team. */
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
    private String renamedTeam;
    private String newName;

    public void load() {
        teams = administration.teams(current.actor());
    }

    public String create() {
        try {
            administration.create(new NewTeam(code, name), current.actor());
            AdminScreens.info("teams.created");
            return "/admin/teams?faces-redirect=true";
        } catch (ComplaintException refused) {
            Screens.show(refused, "createTeamForm");
            return null;
        }
    }

    public String rename() {
        try {
            boolean renamed = administration.rename(renamedTeam, new TeamName(newName), current.actor());
            AdminScreens.info(renamed ? "teams.renamed" : "teams.unchanged");
            return "/admin/teams?faces-redirect=true";
        } catch (ComplaintException refused) {
            Screens.show(refused, "renameTeamForm");
            return null;
        }
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
