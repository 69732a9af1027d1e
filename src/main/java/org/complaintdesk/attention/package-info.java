/**
 * Complaints needing attention: the consistency check of a complaint's record against its process (the rules in
 * {@link org.complaintdesk.attention.AgreementRules}), its jobs that failed or were dead-lettered, and the
 * administrators' repairs (retry a job, move a complaint to a chosen lead or agent). Read by the API, the
 * administrators' screen, the metrics and the readiness check, all through {@link org.complaintdesk.attention.Attention}.
 */
package org.complaintdesk.attention;
