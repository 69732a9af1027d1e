package org.complaintdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complaintdesk.security.Team;
import org.complaintdesk.security.UserRepository;

/**
 * Teams as people read them: the team's name in the page's language instead of its code. The teams are read once per
 * request (a desk has a handful), however many labels the page shows.
 */
@Named
@RequestScoped
public class TeamLabels {

    @Inject
    UserRepository users;

    private Map<String, Team> teams;

    /** The team's name in the page's language; the code itself for a code no team has (an old row, a removed team). */
    public String of(String code) {
        if (code == null) {
            return "";
        }
        Team team = teams().get(code);
        return team == null ? code : team.nameIn(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private Map<String, Team> teams() {
        if (teams == null) {
            teams = users.findTeams().stream().collect(Collectors.toMap(Team::getCode, Function.identity()));
        }
        return teams;
    }
}
