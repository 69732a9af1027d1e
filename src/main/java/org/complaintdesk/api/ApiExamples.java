package org.complaintdesk.api;

/**
 * The examples of the API description at /openapi, one constant per example: bodies as JSON text, as a client sends
 * them and as the desk really answers them (JSON-B leaves out fields that are null), and a few descriptions shared by
 * many operations. Used by the resources' MicroProfile OpenAPI annotations; the pattern is in docs/API.md ("OpenAPI").
 */
public final class ApiExamples {

    private ApiExamples() {
    }

    // Shared descriptions

    /** The 401 answer, the same for every operation (added to each by {@link OpenApiTidying}): from the login. */
    public static final String UNAUTHORIZED = "No or wrong credentials: a person's HTTP Basic login or personal access token"
            + " (an API key under /api/channel/). Answered before any resource runs, with"
            + " `WWW-Authenticate: Basic realm=\"Complaint Desk\"` and `Bearer realm=\"Complaint Desk\"` for a person's login.";
    public static final String PROBLEM_UNAUTHORIZED = """
            {"type": "about:blank", "title": "Unauthorized", "status": 401,
             "detail": "Log in with HTTP Basic (the user name and password of an enabled user) or a personal access token (Authorization: Bearer); this one is missing, wrong, expired or revoked"}""";
    public static final String PERIOD_FROM = "start of the period, an ISO instant (its whole day counts);"
            + " default: 30 days before `to`";
    public static final String PERIOD_TO = "end of the period, an ISO instant (the day it falls in counts; a midnight ends"
            + " the day before); default: now";

    // Path and query parameters

    public static final String NUMBER = "C-20261123-0042";
    public static final String FROM = "2026-11-01T00:00:00Z";
    public static final String TO = "2026-12-01T00:00:00Z";

    // Complaints: requests

    public static final String NEW_COMPLAINT = """
            {"channel": "PHONE", "customerSurname": "Wang", "formOfAddress": "Ms", "contactPhone": "13800138000",
             "contactEmail": null, "accountOrOrderNumber": "A-1001", "category": "BILLING", "complexity": "SIMPLE",
             "customerAccount": "Charged twice for the same month", "keyProblem": "double charge",
             "desiredResolution": "refund the second charge", "complainedEmployeeNumber": null}""";

    public static final String NEW_COMPLAINT_ABOUT_AN_AGENT = """
            {"channel": "ONLINE_CHAT", "customerSurname": "Li", "contactPhone": "+86 139 0000 1234",
             "category": "AGENT_ATTITUDE", "complexity": "SIMPLE",
             "customerAccount": "The agent ended the chat while I was talking",
             "complainedEmployeeNumber": "E1002"}""";

    public static final String STEP_APOLOGISE_AND_RECORD = """
            {"apologyOffered": true, "apologyAccepted": true,
             "restatement": "Charged twice for November; wants the second charge back",
             "keyProblem": "double charge", "contactConfirmed": true, "complexity": "SIMPLE", "outcome": "NEEDS_REPLY"}""";

    public static final String STEP_APOLOGISE_RESOLVED = """
            {"apologyOffered": true, "apologyAccepted": true, "contactConfirmed": true, "complexity": "SIMPLE",
             "restatement": "Charged twice for November; wants the second charge back",
             "outcome": "RESOLVED", "resolution": "refund of the second charge issued during the call"}""";

    public static final String STEP_FORWARD_SUGGESTION = """
            {"forwardedTo": "Product department", "note": "customer would like monthly bills by e-mail"}""";

    public static final String STEP_REPLY = """
            {"reply": "The second charge is refunded; you will see it within 3 days", "replyChannel": "PHONE",
             "customerUnderstood": true}""";

    public static final String STEP_LEAD_REPLIED = """
            {"decision": "REPLIED", "reply": "We apologise; the agent has been coached and your fee is waived",
             "replyChannel": "PHONE", "customerUnderstood": true}""";

    public static final String STEP_LEAD_HAND_BACK = """
            {"decision": "HAND_BACK", "instruction": "call her back with the refund number"}""";

    public static final String STEP_QUALITY_REVIEW = """
            {"findings": "reply was correct but came late; agent reminded of the 2 h window"}""";

    public static final String CONTACT = """
            {"note": "called the customer, apologised"}""";

    public static final String RECLASSIFY = """
            {"complexity": "COMPLEX", "reason": "needs the billing system", "version": 3}""";

    public static final String PAUSE = """
            {"reason": "DOCUMENTS_REQUESTED", "note": "asked for the November bill by e-mail"}""";

    public static final String RESUME = """
            {"how": "CUSTOMER_CALLED_BACK", "note": "the bill arrived"}""";

    public static final String COMPLAINT_PAUSED = """
            {"number": "C-20261123-0042", "version": 4, "receivedAt": "2026-11-23T03:42:00Z", "channel": "PHONE",
             "customerSurname": "Wang", "formOfAddress": "Ms", "contactPhone": "13800138000", "accountOrOrderNumber": "A-1001",
             "category": "BILLING", "complexity": "SIMPLE",
             "customerAccount": "Charged twice for November; wants the second charge back", "keyProblem": "double charge",
             "desiredResolution": "refund the second charge", "loggingAgent": "agent1", "team": "NORTH",
             "status": "AWAITING_REPLY", "replyDeadline": "2026-11-23T05:42:00Z", "policyVersion": 3,
             "pausedSince": "2026-11-23T04:00:00Z", "pausedSeconds": 0, "escalationLevel": 0, "sla": "PENDING"}""";

    public static final String COMPLAINT_RESUMED = """
            {"number": "C-20261123-0042", "version": 5, "receivedAt": "2026-11-23T03:42:00Z", "channel": "PHONE",
             "customerSurname": "Wang", "formOfAddress": "Ms", "contactPhone": "13800138000", "accountOrOrderNumber": "A-1001",
             "category": "BILLING", "complexity": "SIMPLE",
             "customerAccount": "Charged twice for November; wants the second charge back", "keyProblem": "double charge",
             "desiredResolution": "refund the second charge", "loggingAgent": "agent1", "team": "NORTH",
             "status": "AWAITING_REPLY", "replyDeadline": "2026-11-23T06:42:00Z", "policyVersion": 3, "pausedSeconds": 3600,
             "escalationLevel": 0, "sla": "PENDING"}""";

    public static final String PROBLEM_PAUSED_ALREADY = """
            {"type": "about:blank", "title": "Not possible now", "status": 409,
             "detail": "The reply clock of C-20261123-0042 is paused already, since 2026-11-23T04:00:00Z"}""";

    public static final String PROBLEM_NOT_PAUSED = """
            {"type": "about:blank", "title": "Not possible now", "status": 409,
             "detail": "The reply clock of C-20261123-0042 is not paused"}""";

    public static final String PROBLEM_PAUSE_REASON = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "reason: must not be null", "errors": [{"field": "reason", "message": "must not be null"}]}""";

    public static final String HAND_OVER = """
            {"numbers": ["C-20261123-0042", "C-20261123-0051"], "to": "agent3", "reason": "agent1's shift ends at 18:00"}""";

    public static final String HANDED_OVER = """
            [{"number": "C-20261123-0042", "version": 4, "receivedAt": "2026-11-23T03:42:00Z", "channel": "PHONE",
              "customerSurname": "Wang", "contactPhone": "13800138000", "category": "BILLING", "complexity": "SIMPLE",
              "customerAccount": "Charged twice for November", "loggingAgent": "agent3", "team": "NORTH",
              "status": "AWAITING_REPLY", "replyDeadline": "2026-11-23T05:42:00Z", "policyVersion": 3, "pausedSeconds": 0,
              "escalationLevel": 0, "sla": "PENDING"}]""";

    public static final String HOLDINGS = """
            [{"agent": "agent1", "enabled": true, "numbers": ["C-20261123-0042", "C-20261123-0051"]},
             {"agent": "agent9", "enabled": false, "numbers": ["C-20261122-0007"]}]""";

    public static final String PROBLEM_HAND_OVER_TO = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "to: agent2 is not an agent of team NORTH, the team of C-20261123-0042",
             "errors": [{"field": "to", "message": "agent2 is not an agent of team NORTH, the team of C-20261123-0042"}]}""";

    public static final String PROBLEM_HAND_OVER_CLOSED = """
            {"type": "about:blank", "title": "Not possible now", "status": 409,
             "detail": "Complaint C-20261123-0042 is closed: there is nothing to hand over"}""";

    public static final String RATING = """
            {"rating": 2}""";

    // Complaints: answers

    public static final String COMPLAINT_LOGGED = """
            {"number": "C-20261123-0042", "version": 2, "receivedAt": "2026-11-23T03:42:00Z", "channel": "PHONE",
             "customerSurname": "Wang", "formOfAddress": "Ms", "contactPhone": "13800138000", "accountOrOrderNumber": "A-1001",
             "category": "BILLING", "complexity": "SIMPLE", "customerAccount": "Charged twice for the same month",
             "keyProblem": "double charge", "desiredResolution": "refund the second charge", "loggingAgent": "agent1",
             "team": "NORTH", "status": "OPEN", "replyDeadline": "2026-11-23T05:42:00Z", "policyVersion": 3, "pausedSeconds": 0, "escalationLevel": 0,
             "sla": "PENDING"}""";

    public static final String COMPLAINT_AWAITING_REPLY = """
            {"number": "C-20261123-0042", "version": 3, "receivedAt": "2026-11-23T03:42:00Z", "channel": "PHONE",
             "customerSurname": "Wang", "formOfAddress": "Ms", "contactPhone": "13800138000", "accountOrOrderNumber": "A-1001",
             "category": "BILLING", "complexity": "SIMPLE",
             "customerAccount": "Charged twice for November; wants the second charge back", "keyProblem": "double charge",
             "desiredResolution": "refund the second charge", "loggingAgent": "agent1", "team": "NORTH",
             "status": "AWAITING_REPLY", "replyDeadline": "2026-11-23T05:42:00Z", "policyVersion": 3, "pausedSeconds": 0, "escalationLevel": 0, "sla": "PENDING"}""";

    public static final String COMPLAINT_CLOSED = """
            {"number": "C-20261123-0042", "version": 4, "receivedAt": "2026-11-23T03:42:00Z", "channel": "PHONE",
             "customerSurname": "Wang", "formOfAddress": "Ms", "contactPhone": "13800138000", "accountOrOrderNumber": "A-1001",
             "category": "BILLING", "complexity": "SIMPLE",
             "customerAccount": "Charged twice for November; wants the second charge back", "keyProblem": "double charge",
             "desiredResolution": "refund the second charge", "loggingAgent": "agent1", "team": "NORTH", "status": "CLOSED",
             "replyDeadline": "2026-11-23T05:42:00Z", "policyVersion": 3, "pausedSeconds": 0, "repliedAt": "2026-11-23T04:15:00Z",
             "reply": "The second charge is refunded; you will see it within 3 days", "replyChannel": "PHONE",
             "customerUnderstood": true, "escalationLevel": 0, "sla": "MET", "minutesLate": 0,
             "closedAt": "2026-11-23T04:15:01Z"}""";

    public static final String COMPLAINT_RATED = """
            {"number": "C-20261123-0042", "version": 5, "receivedAt": "2026-11-23T03:42:00Z", "channel": "PHONE",
             "customerSurname": "Wang", "formOfAddress": "Ms", "contactPhone": "13800138000", "accountOrOrderNumber": "A-1001",
             "category": "BILLING", "complexity": "SIMPLE",
             "customerAccount": "Charged twice for November; wants the second charge back", "keyProblem": "double charge",
             "desiredResolution": "refund the second charge", "loggingAgent": "agent1", "team": "NORTH", "status": "CLOSED",
             "replyDeadline": "2026-11-23T05:42:00Z", "policyVersion": 3, "pausedSeconds": 0, "repliedAt": "2026-11-23T04:15:00Z",
             "reply": "The second charge is refunded; you will see it within 3 days", "replyChannel": "PHONE",
             "customerUnderstood": true, "escalationLevel": 0, "rating": 2, "sla": "MET", "minutesLate": 0,
             "closedAt": "2026-11-23T04:15:01Z"}""";

    public static final String COMPLAINT_RECLASSIFIED = """
            {"number": "C-20261123-0042", "version": 4, "receivedAt": "2026-11-23T03:42:00Z", "channel": "PHONE",
             "customerSurname": "Wang", "formOfAddress": "Ms", "contactPhone": "13800138000", "accountOrOrderNumber": "A-1001",
             "category": "BILLING", "complexity": "COMPLEX",
             "customerAccount": "Charged twice for November; wants the second charge back", "keyProblem": "double charge",
             "desiredResolution": "refund the second charge", "loggingAgent": "agent1", "team": "NORTH",
             "status": "AWAITING_REPLY", "replyDeadline": "2026-11-24T03:42:00Z", "policyVersion": 3, "pausedSeconds": 0, "escalationLevel": 0, "sla": "PENDING"}""";

    public static final String COMPLAINT_ESCALATED = """
            {"number": "C-20261123-0043", "version": 4, "receivedAt": "2026-11-23T03:45:00Z", "channel": "ONLINE_CHAT",
             "customerSurname": "Li", "contactPhone": "+86 139 0000 1234", "category": "AGENT_ATTITUDE", "complexity": "SIMPLE",
             "customerAccount": "The agent ended the chat while I was talking", "complainedEmployeeNumber": "E1002",
             "loggingAgent": "agent1", "team": "NORTH", "status": "ESCALATED", "replyDeadline": "2026-11-23T05:45:00Z", "policyVersion": 3, "pausedSeconds": 0,
             "escalationLevel": 1, "sla": "PENDING"}""";

    public static final String COMPLAINT_PAGE = "{\"items\": [" + COMPLAINT_AWAITING_REPLY + "],\n"
            + " \"total\": 57, \"page\": 0, \"size\": 20}";

    public static final String TASKS_REPLY = """
            [{"key": "task_reply", "name": "Reply to customer", "assignee": "agent1", "due": "2026-11-23T05:42:00Z"}]""";

    public static final String TASKS_ESCALATED = """
            [{"key": "task_teamLeadHandle", "name": "Team lead handles escalation", "candidateGroup": "TEAM_LEAD",
              "due": "2026-11-23T04:20:00Z"}]""";

    public static final String HISTORY = """
            [{"seqNo": 1, "at": "2026-11-23T03:42:00Z", "actor": "agent1", "action": "LOGGED",
              "changes": "PHONE, BILLING, SIMPLE, reply due 2026-11-23T05:42:00Z"},
             {"seqNo": 2, "at": "2026-11-23T03:49:30Z", "actor": "agent1", "action": "APOLOGISED_AND_RECORDED",
              "changes": "apology offered true, accepted true, contact confirmed true, outcome NEEDS_REPLY, route NEEDS_REPLY"},
             {"seqNo": 3, "at": "2026-11-23T04:15:00Z", "actor": "agent1", "action": "REPLIED",
              "changes": "via PHONE, understood true, within the deadline",
              "reason": "The second charge is refunded; you will see it within 3 days"},
             {"seqNo": 4, "at": "2026-11-23T04:15:01Z", "actor": "system", "action": "CLOSED", "changes": "REPLIED"}]""";

    // Alerts

    public static final String ALERTS = """
            [{"id": 8, "complaintNumber": "C-20261123-0042", "kind": "REPLY_WARNING", "recipient": "agent1", "team": "NORTH",
              "raisedAt": "2026-11-23T05:12:00Z", "message": "C-20261123-0042: the clear reply is due by 2026-11-23 13:42",
              "read": false},
             {"id": 7, "complaintNumber": "C-20261123-0043", "kind": "ESCALATION", "recipientRole": "TEAM_LEAD", "team": "NORTH",
              "raisedAt": "2026-11-23T03:50:00Z", "message": "C-20261123-0043 escalated (immediate): act by 2026-11-23 12:20",
              "read": true}]""";

    public static final String ALERT_READ = """
            {"id": 8, "complaintNumber": "C-20261123-0042", "kind": "REPLY_WARNING", "recipient": "agent1", "team": "NORTH",
             "raisedAt": "2026-11-23T05:12:00Z", "message": "C-20261123-0042: the clear reply is due by 2026-11-23 13:42",
             "read": true}""";

    // Audit

    public static final String SLA = """
            {"number": "C-20261122-0017", "status": "CLOSED", "sla": "BREACHED", "replyDeadline": "2026-11-22T04:00:00Z", "policyVersion": 3, "pausedSeconds": 0,
             "repliedAt": "2026-11-22T04:12:00Z", "minutesLate": 12,
             "deadlines": [{"deadline": "2026-11-22T04:00:00Z", "complexity": "SIMPLE", "reason": "INITIAL",
                            "setAt": "2026-11-22T02:00:00Z", "setBy": "agent2"}],
             "escalations": [{"level": 1, "toRole": "TEAM_LEAD", "team": "SOUTH", "reason": "REPLY_OVERDUE",
                              "escalatedAt": "2026-11-22T04:00:00Z", "deadline": "2026-11-22T06:00:00Z"}],
             "reopenings": 0, "pauses": []}""";

    public static final String TRACE = """
            [{"at": "2026-11-23T03:42:00Z", "source": "HISTORY", "actor": "agent1", "what": "LOGGED",
              "details": "PHONE, BILLING, SIMPLE, reply due 2026-11-23T05:42:00Z, SLA policy version 3"},
             {"at": "2026-11-23T03:42:00.080Z", "source": "PROCESS", "what": "startEvent_complaintLogged",
              "details": "Complaint logged (startEvent), ended 2026-11-23T03:42:00.085Z"},
             {"at": "2026-11-23T03:42:00.110Z", "source": "PROCESS", "actor": "agent1", "what": "task_apologiseAndRecord",
              "details": "Apologise and record (userTask), ended 2026-11-23T03:49:30.020Z"},
             {"at": "2026-11-23T03:49:30Z", "source": "HISTORY", "actor": "agent1", "what": "APOLOGISED_AND_RECORDED",
              "details": "apology offered true, accepted true, contact confirmed true, outcome NEEDS_REPLY, route NEEDS_REPLY"},
             {"at": "2026-11-23T03:49:30.020Z", "source": "PROCESS", "actor": "agent1", "what": "task_reply",
              "details": "Reply to customer (userTask), open"}]""";

    public static final String RECOMPUTE_RATING = """
            {"agrees": false, "differences": [{"number": "C-20261122-0017", "field": "rating", "stored": "1", "derived": "4"}],
             "truncated": false}""";

    public static final String RECOMPUTE_AGREES = """
            {"agrees": true, "differences": [], "truncated": false}""";

    public static final String RECOMPUTE_PERIOD = """
            {"agrees": false, "firstDay": "2026-11-22", "lastDay": "2026-11-22", "complaints": 120,
             "differences": [{"number": "C-20261122-0017", "field": "rating", "stored": "1", "derived": "4"}],
             "countDifferences": [{"day": "2026-11-22", "dimension": "AGENT", "value": "agent1", "count": "met",
                                   "stored": 12, "derived": 11}],
             "truncated": false}""";

    public static final String RECOMPUTE_PERIOD_AGREES = """
            {"agrees": true, "firstDay": "2026-11-22", "lastDay": "2026-11-22", "complaints": 120, "differences": [],
             "countDifferences": [], "truncated": false}""";

    public static final String VERIFY_INTACT = """
            {"intact": true, "complaintsChecked": 120, "entriesChecked": 911}""";

    public static final String VERIFY_BROKEN = """
            {"intact": false, "complaintsChecked": 120, "entriesChecked": 911,
             "firstBroken": {"complaintNumber": "C-20261122-0017", "seqNo": 3, "entryId": 77, "problem": "content changed"}}""";

    public static final String VERIFY_ONE = """
            {"intact": true, "complaintsChecked": 1, "entriesChecked": 4}""";

    public static final String COMPLIANCE = """
            [{"group": "NORTH", "total": 40, "replied": 35, "met": 33, "breached": 2, "openOverdue": 1, "pending": 4,
              "share": 0.9166666666666666, "paused": 3, "pausedSeconds": 5400},
             {"group": "SOUTH", "total": 3, "replied": 0, "met": 0, "breached": 0, "openOverdue": 0, "pending": 3,
              "paused": 0, "pausedSeconds": 0}]""";

    public static final String KPIS = """
            {"handled": 120, "closed": 110, "averageHandlingMinutes": 47.5, "ratings": {"1": 50, "2": 20, "3": 5, "4": 3},
             "reopenRate": 0.027, "complaintsPerAgent": {"agent1": 60, "agent2": 60}}""";

    public static final String BREACHES = """
            {"items": [{"number": "C-20261122-0031", "team": "NORTH", "agent": "agent1", "category": "DELIVERY",
                        "complexity": "SIMPLE", "channel": "PHONE", "receivedAt": "2026-11-22T06:00:00Z",
                        "replyDeadline": "2026-11-22T08:00:00Z", "policyVersion": 3, "pausedSeconds": 0, "minutesLate": 75, "sla": "OVERDUE"},
                       {"number": "C-20261122-0017", "team": "SOUTH", "agent": "agent2", "category": "BILLING",
                        "complexity": "SIMPLE", "channel": "PHONE", "receivedAt": "2026-11-22T02:00:00Z",
                        "replyDeadline": "2026-11-22T04:00:00Z", "policyVersion": 3, "pausedSeconds": 0, "repliedAt": "2026-11-22T04:12:00Z", "minutesLate": 12,
                        "sla": "BREACHED"}],
             "total": 2, "page": 0, "size": 20}""";

    public static final String COMPLIANCE_CSV = """
            group_by,group,total,replied,met,breached,open_overdue,pending,share_met,period_from,period_to\r
            team,NORTH,40,35,33,2,1,4,0.9167,2026-11-01T00:00:00Z,2026-12-01T00:00:00Z\r
            team,SOUTH,3,0,0,0,0,3,,2026-11-01T00:00:00Z,2026-12-01T00:00:00Z\r
            """;

    public static final String BREACHES_CSV = """
            number,team,agent,category,complexity,channel,received_at,reply_deadline,replied_at,minutes_late,sla,policy_version,paused_seconds\r
            C-20261122-0031,NORTH,agent1,DELIVERY,SIMPLE,PHONE,2026-11-22T06:00:00Z,2026-11-22T08:00:00Z,,75,OVERDUE,3,0\r
            C-20261122-0017,SOUTH,agent2,BILLING,SIMPLE,PHONE,2026-11-22T02:00:00Z,2026-11-22T04:00:00Z,2026-11-22T04:12:00Z,12,BREACHED,3,0\r
            """;

    public static final String ME = """
            {"username": "agent1", "employeeNumber": "E1001", "role": "AGENT", "team": "NORTH"}""";

    // Errors (application/problem+json, written by ProblemMapper)

    public static final String PROBLEM_INVALID_COMPLAINT = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "contactPhone: must not be blank; customerAccount: must not be blank",
             "errors": [{"field": "contactPhone", "message": "must not be blank"},
                        {"field": "customerAccount", "message": "must not be blank"}]}""";

    public static final String PROBLEM_UNKNOWN_VALUE = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "channel: unknown value 'FAX'; one of [PHONE, ONLINE_CHAT, SMS, WECHAT_WEIBO, EMAIL, WALK_IN]",
             "errors": [{"field": "channel",
                         "message": "unknown value 'FAX'; one of [PHONE, ONLINE_CHAT, SMS, WECHAT_WEIBO, EMAIL, WALK_IN]"}]}""";

    public static final String PROBLEM_MALFORMED_JSON = """
            {"type": "about:blank", "title": "Malformed JSON", "status": 400, "detail": "The body is not a valid JSON object",
             "errors": [{"field": "body", "message": "malformed JSON"}]}""";

    public static final String PROBLEM_INVALID_RATING = """
            {"type": "about:blank", "title": "Invalid input", "status": 400, "detail": "rating: must be less than or equal to 4",
             "errors": [{"field": "rating", "message": "must be less than or equal to 4"}]}""";

    public static final String PROBLEM_INVALID_STEP = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "reply: must not be blank; replyChannel: must not be null",
             "errors": [{"field": "reply", "message": "must not be blank"},
                        {"field": "replyChannel", "message": "must not be null"}]}""";

    public static final String PROBLEM_INVALID_FILTER = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "status: unknown value; one of [OPEN, AWAITING_REPLY, ESCALATED, CLOSED, REOPENED]",
             "errors": [{"field": "status",
                         "message": "unknown value; one of [OPEN, AWAITING_REPLY, ESCALATED, CLOSED, REOPENED]"}]}""";

    public static final String PROBLEM_INVALID_INSTANT = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "from: must be an ISO-8601 instant such as 2026-11-23T00:00:00Z",
             "errors": [{"field": "from", "message": "must be an ISO-8601 instant such as 2026-11-23T00:00:00Z"}]}""";

    public static final String PROBLEM_INVALID_GROUPING = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "by: unknown value; one of [TEAM, AGENT, CATEGORY, COMPLEXITY, CHANNEL, DAY, WEEK, MONTH]",
             "errors": [{"field": "by",
                         "message": "unknown value; one of [TEAM, AGENT, CATEGORY, COMPLEXITY, CHANNEL, DAY, WEEK, MONTH]"}]}""";

    public static final String PROBLEM_PERIOD_TOO_LONG = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "to: grouping by day covers at most 92 days",
             "errors": [{"field": "to", "message": "grouping by day covers at most 92 days"}]}""";

    public static final String NUMBERS = """
            {"firstId": 40, "lastId": 44, "complaints": 4, "missing": 1, "unaccounted": 0,
             "listed": [{"id": 42, "number": "C-20261123-0042", "fate": "ROLLED_BACK", "recordedAt": "2026-11-23T02:41:07Z",
               "detail": "rolled back"}]}""";

    public static final String PROBLEM_PERIOD_REVERSED = """
            {"type": "about:blank", "title": "Invalid input", "status": 400, "detail": "to: must be after from",
             "errors": [{"field": "to", "message": "must be after from"}]}""";

    public static final String PROBLEM_PAGE_SIZE = """
            {"type": "about:blank", "title": "Invalid input", "status": 400, "detail": "size: must be between 1 and 200",
             "errors": [{"field": "size", "message": "must be between 1 and 200"}]}""";

    public static final String PROBLEM_NOTE_MISSING = """
            {"type": "about:blank", "title": "Invalid input", "status": 400, "detail": "note: must not be blank",
             "errors": [{"field": "note", "message": "must not be blank"}]}""";

    public static final String PROBLEM_REASON_MISSING = """
            {"type": "about:blank", "title": "Invalid input", "status": 400, "detail": "reason: must not be blank",
             "errors": [{"field": "reason", "message": "must not be blank"}]}""";

    public static final String PROBLEM_BREACH_PAGE = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "size: page must be 0 or more, size 1 to 200",
             "errors": [{"field": "size", "message": "page must be 0 or more, size 1 to 200"}]}""";

    public static final String PROBLEM_ROLE = """
            {"type": "about:blank", "title": "Forbidden", "status": 403, "detail": "Your role may not do this"}""";

    public static final String PROBLEM_BUSY = """
            {"type": "about:blank", "title": "Busy", "status": 503,
             "detail": "The desk is logging as many complaints as it can at once; nothing was stored. Send it again in a second"}""";

    public static final String PROBLEM_NOT_YOUR_STEP = """
            {"type": "about:blank", "title": "Not allowed", "status": 403,
             "detail": "Only the agent who logged C-20261123-0042 takes this step"}""";

    public static final String PROBLEM_NOT_YOUR_ESCALATION = """
            {"type": "about:blank", "title": "Not allowed", "status": 403,
             "detail": "This escalation of C-20261123-0043 is not for you"}""";

    public static final String PROBLEM_NOT_YOUR_TEAM = """
            {"type": "about:blank", "title": "Not allowed", "status": 403,
             "detail": "Only a team lead of team NORTH or a supervisor reclassifies"}""";

    public static final String PROBLEM_UNKNOWN_COMPLAINT = """
            {"type": "about:blank", "title": "Unknown complaint", "status": 404,
             "detail": "No complaint has the number C-20261123-0042"}""";

    public static final String PROBLEM_UNKNOWN_STEP = """
            {"type": "about:blank", "title": "Unknown step", "status": 404, "detail": "There is no step called task_refund"}""";

    public static final String PROBLEM_UNKNOWN_ALERT = """
            {"type": "about:blank", "title": "Unknown alert", "status": 404, "detail": "You have no alert 8"}""";

    public static final String PROBLEM_STEP_NOT_OPEN = """
            {"type": "about:blank", "title": "Not possible now", "status": 409,
             "detail": "Complaint C-20261123-0042 has no open step task_reply now"}""";

    public static final String PROBLEM_NOT_ESCALATED = """
            {"type": "about:blank", "title": "Not possible now", "status": 409,
             "detail": "Complaint C-20261123-0042 is not escalated now"}""";

    public static final String PROBLEM_ALREADY_CLAIMED = """
            {"type": "about:blank", "title": "Not possible now", "status": 409, "detail": "Already claimed by lead1"}""";

    public static final String PROBLEM_NO_OPEN_DEADLINE = """
            {"type": "about:blank", "title": "Not possible now", "status": 409,
             "detail": "Complaint C-20261123-0042 has no open reply deadline to reclassify"}""";

    public static final String PROBLEM_VERSION_MISMATCH = """
            {"type": "about:blank", "title": "Not possible now", "status": 409,
             "detail": "The complaint changed meanwhile (version 4, not 3); reload it and try again"}""";

    public static final String PROBLEM_CHANGED_MEANWHILE = """
            {"type": "about:blank", "title": "Changed meanwhile", "status": 409,
             "detail": "Someone else changed this complaint at the same time; reload and try again"}""";

    public static final String PROBLEM_NOT_WAITING_FOR_RATING = """
            {"type": "about:blank", "title": "Not possible now", "status": 409,
             "detail": "Complaint C-20261123-0042 is not waiting for a rating"}""";
}
