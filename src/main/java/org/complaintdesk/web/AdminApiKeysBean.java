package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.integration.IntegrationKey;
import org.complaintdesk.integration.IntegrationKeys;
import org.complaintdesk.security.CurrentActor;

/**
 * admin/api-keys: the integrations' keys. A new key is shown once, on this page right after creating it;
 * it is never stored in the clear, so it cannot be shown again.
 */
@Named
@ViewScoped
public class AdminApiKeysBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IntegrationKeys keys;

    @Inject
    CurrentActor current;

    private String name;
    private Channel channel;
    private String team;
    private String createdKey;
    private String createdName;

    public List<IntegrationKey> getKeys() {
        return keys.list();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public void create() {
        Screens.attempt("createForm", () -> {
            IntegrationKeys.CreatedKey created = keys.create(new IntegrationKeys.NewIntegration(
                    name == null ? null : name.strip(), channel, team == null || team.isBlank() ? null : team.strip()), current.actor());
            createdKey = created.apiKey();
            createdName = created.integration().getName();
            name = null;
            team = null;
        });
    }

    public void revoke(String integration) {
        createdKey = null;
        Screens.attempt("keysForm", () -> {
            keys.revoke(integration, current.actor());
            AdminScreens.info("apiKeys.revoked", integration);
        });
    }

    public String getCreatedKey() {
        return createdKey;
    }

    public String getCreatedName() {
        return createdName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
