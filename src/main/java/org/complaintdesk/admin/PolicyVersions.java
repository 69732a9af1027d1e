package org.complaintdesk.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.complaintdesk.security.Actor;
import org.complaintdesk.sla.DeskClock;
import org.complaintdesk.sla.SlaPolicies;
import org.complaintdesk.sla.SlaPolicy;

/**
 * Makes the next SLA policy version after a change of what complaints are held to (a window, a calendar, a team's
 * calendar, or the configuration a desk started with), and writes it to the admin history as
 * {@code SLA_POLICY_VERSION} on the subject {@code policy:<version>}.
 */
@ApplicationScoped
public class PolicyVersions {

    @Inject
    AdminLog adminLog;

    @Inject
    SlaPolicies policies;

    @Inject
    DeskClock clock;

    /** After an administrator's change in the same transaction: the new version, if the change altered the terms. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<SlaPolicy> renew(Actor actor) {
        // changes take turns here, so that each version is read with every change committed before it
        adminLog.takeTurn();
        Optional<SlaPolicies.Renewal> renewal = policies.renew(actor.username(), clock.now());
        renewal.ifPresent(r -> adminLog.record(actor, "policy:" + r.policy().version(), "SLA_POLICY_VERSION",
                r.changes().isEmpty() ? "first version: " + r.policy().windows() + ", calendars " + r.policy().calendars().keySet()
                        + "; complaints received before it are held to it" : String.join("; ", r.changes())));
        return renewal.map(SlaPolicies.Renewal::policy);
    }

    /** At start: the first version, or a new one if the configured windows or the time zone changed since the newest. */
    @Transactional
    public Optional<SlaPolicy> renewAtStart() {
        return renew(Actor.SYSTEM);
    }
}
