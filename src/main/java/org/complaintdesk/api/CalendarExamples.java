package org.complaintdesk.api;

/** Example bodies of the business calendar operations, shown in the OpenAPI document. */
final class CalendarExamples {

    private CalendarExamples() {
    }

    static final String OFFICE_INPUT = """
            {"name": "Back office, Shanghai", "timeZone": "Asia/Shanghai", "week": "MON-FRI 09:00-12:00 13:00-18:00",
             "days": "2026-10-01..2026-10-07 休 国庆节\\n2026-09-27 班\\n2026-10-10 班", "teams": ["BACKOFFICE"]}""";

    static final String OFFICE = """
            {"code": "OFFICE", "name": "Back office, Shanghai", "timeZone": "Asia/Shanghai", "week": "MON 09:00-12:00 13:00-18:00\\nTUE 09:00-12:00 13:00-18:00\\nWED 09:00-12:00 13:00-18:00\\nTHU 09:00-12:00 13:00-18:00\\nFRI 09:00-12:00 13:00-18:00\\n",
             "days": "2026-10-01 休\\n2026-10-02 休\\n2026-10-03 休\\n2026-10-04 休\\n2026-10-05 休\\n2026-10-06 休\\n2026-10-07 休\\n2026-09-27 班\\n2026-10-10 班\\n",
             "teams": ["BACKOFFICE"]}""";

    static final String LIST = "[" + OFFICE + "]";

    static final String BAD_DAYS = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "days: line 2: after the date comes 休 (day off) or 班 (working day), not maybe",
             "errors": [{"field": "days", "message": "line 2: after the date comes 休 (day off) or 班 (working day), not maybe"}]}""";

    static final String UNKNOWN = """
            {"type": "about:blank", "title": "Unknown calendar", "status": 404, "detail": "no calendar has the code NIGHTS"}""";
}
