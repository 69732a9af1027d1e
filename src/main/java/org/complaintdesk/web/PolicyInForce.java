package org.complaintdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.complaintdesk.sla.SlaPolicies;
import org.complaintdesk.sla.SlaPolicy;

/** The SLA policy version in force, read once per request for the labels that name its windows. */
@RequestScoped
public class PolicyInForce {

    @Inject
    SlaPolicies policies;

    private SlaPolicy policy;

    public SlaPolicy policy() {
        if (policy == null) {
            policy = policies.current();
        }
        return policy;
    }
}
