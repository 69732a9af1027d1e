package org.complaintdesk.api;

/**
 * Texts and examples of parameters that many operations share, for the OpenAPI annotations (which take constants
 * only). Example bodies and answers are data: META-INF/openapi.yaml, components.examples.
 */
final class ApiParameters {

    private ApiParameters() {
    }

    static final String NUMBER = "C-20261123-0042";
    static final String FROM = "2026-11-01T00:00:00Z";
    static final String TO = "2026-12-01T00:00:00Z";
    static final String PERIOD_FROM = "start of the period, an ISO instant (its whole day counts);"
            + " default: 30 days before `to`";
    static final String PERIOD_TO = "end of the period, an ISO instant (the day it falls in counts; a midnight ends"
            + " the day before); default: now";
}
