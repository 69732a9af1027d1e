package org.complaintdesk.api;

/** Example bodies of the SLA policy and deadline window operations, shown in the OpenAPI document. */
final class PolicyExamples {

    private PolicyExamples() {
    }

    static final String VERSION_3 = """
            {"version": 3, "since": "2026-11-20T01:30:00Z", "by": "admin", "timeZone": "Asia/Shanghai",
             "windows": {"desk.sla.simple-window": "PT2H", "desk.sla.complex-window": "PT24H", "desk.sla.warning-share": "0.75",
                         "desk.sla.lead-contact-window": "PT30M", "desk.sla.escalation-window": "PT2H",
                         "desk.sla.reminder-cycle": "PT30M", "desk.sla.rating-wait": "PT72H", "desk.sla.max-pause": "P3D"},
             "calendars": {"BACKOFFICE": {"calendar": "OFFICE", "name": "Back office, Shanghai", "timeZone": "Asia/Shanghai",
                                          "week": "MON 09:00-18:00\\nTUE 09:00-18:00\\nWED 09:00-18:00\\nTHU 09:00-18:00\\nFRI 09:00-18:00\\n",
                                          "days": "2026-10-01 休\\n2026-09-27 班\\n"}}}""";

    static final String VERSION_2 = """
            {"version": 2, "since": "2026-11-18T08:00:00Z", "by": "admin", "timeZone": "Asia/Shanghai",
             "windows": {"desk.sla.simple-window": "PT2H", "desk.sla.complex-window": "PT24H", "desk.sla.warning-share": "0.75",
                         "desk.sla.lead-contact-window": "PT30M", "desk.sla.escalation-window": "PT2H",
                         "desk.sla.reminder-cycle": "PT30M", "desk.sla.rating-wait": "PT72H", "desk.sla.max-pause": "P3D"},
             "calendars": {}}""";

    static final String LIST = "[" + VERSION_3 + ",\n" + VERSION_2 + "]";

    static final String UNKNOWN = """
            {"type": "about:blank", "title": "Unknown SLA policy version", "status": 404, "detail": "no SLA policy version 99"}""";

    static final String WINDOWS = """
            {"policyVersion": 4,
             "windows": [{"name": "desk.sla.simple-window", "configured": "PT2H", "current": "PT2H"},
                         {"name": "desk.sla.complex-window", "configured": "PT24H", "changed": "PT23H",
                          "changedAt": "2026-11-23T02:00:00Z", "changedBy": "admin", "current": "PT23H"},
                         {"name": "desk.sla.warning-share", "configured": "0.75", "current": "0.75"},
                         {"name": "desk.sla.lead-contact-window", "configured": "PT30M", "current": "PT30M"},
                         {"name": "desk.sla.escalation-window", "configured": "PT2H", "current": "PT2H"},
                         {"name": "desk.sla.reminder-cycle", "configured": "PT30M", "current": "PT30M"},
                         {"name": "desk.sla.rating-wait", "configured": "PT72H", "current": "PT72H"},
                         {"name": "desk.sla.max-pause", "configured": "P3D", "current": "P3D"}]}""";

    static final String WINDOW_INPUT = """
            {"value": "PT23H"}""";

    static final String BAD_WINDOW = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "value: desk.sla.complex-window must be a positive ISO-8601 duration such as PT2H or PT30M",
             "errors": [{"field": "value", "message": "desk.sla.complex-window must be a positive ISO-8601 duration such as PT2H or PT30M"}]}""";

    static final String UNKNOWN_WINDOW = """
            {"type": "about:blank", "title": "Unknown setting", "status": 404, "detail": "No deadline window is called desk.sla.lunch"}""";

    static final String NOT_CHANGED = """
            {"type": "about:blank", "title": "Not possible now", "status": 409, "detail": "desk.sla.complex-window has its configured value already"}""";
}
