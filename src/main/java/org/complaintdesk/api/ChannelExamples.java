package org.complaintdesk.api;

/** Example bodies of the channel, SMS and API-key operations, shown in the OpenAPI document. */
final class ChannelExamples {

    private ChannelExamples() {
    }

    static final String NEW_COMPLAINT = """
            {"channel": "ONLINE_CHAT", "customerSurname": "Wang", "formOfAddress": "Ms", "contactPhone": "+86 138 0013 8000",
             "category": "BILLING", "complexity": "SIMPLE",
             "customerAccount": "Charged twice for the November bill, 88.00 each time.",
             "keyProblem": "double charge", "desiredResolution": "refund the second charge"}""";

    static final String LOGGED = """
            {"number": "C-20261123-0042", "version": 2, "receivedAt": "2026-11-23T02:15:00Z", "channel": "ONLINE_CHAT",
             "customerSurname": "Wang", "formOfAddress": "Ms", "contactPhone": "+86 138 0013 8000", "category": "BILLING",
             "complexity": "SIMPLE", "customerAccount": "Charged twice for the November bill, 88.00 each time.",
             "keyProblem": "double charge", "desiredResolution": "refund the second charge", "loggingAgent": "agent1",
             "team": "NORTH", "status": "OPEN", "replyDeadline": "2026-11-23T04:15:00Z", "policyVersion": 3, "escalationLevel": 0,
             "sla": "PENDING"}""";

    static final String INVALID = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "contactPhone: must be a phone number of 5 to 20 digits, '+', '-' or spaces",
             "errors": [{"field": "contactPhone", "message": "must be a phone number of 5 to 20 digits, '+', '-' or spaces"}]}""";

    static final String UNAUTHORIZED = """
            {"type": "about:blank", "title": "Unauthorized", "status": 401,
             "detail": "A valid API key is required in the X-Api-Key header; this one is missing, unknown or revoked"}""";

    static final String REPLAYED_KEY = """
            {"type": "about:blank", "title": "Unprocessable request", "status": 422,
             "detail": "The Idempotency-Key chat-7f3a9c2e-0001 was used before with a different request; use a new key for a new complaint"}""";

    static final String OUTBOX = """
            {"messages": [{"reference": "K7P2QX", "phone": "+86 138 0013 8000", "createdAt": "2026-11-23T03:40:00Z",
             "text": "Complaint Desk: your complaint C-20261123-0042 is closed. How did we do? Reply 1 satisfied, 2 fairly satisfied, 3 unhappy with the agent's attitude, 4 problem not solved. Ref K7P2QX"}]}""";

    static final String HANDED_OVER = """
            {"reference": "K7P2QX", "handedOverAt": "2026-11-23T03:40:05Z"}""";

    static final String UNKNOWN_SMS = """
            {"type": "about:blank", "title": "Unknown SMS", "status": 404, "detail": "No SMS has the reference ZZZZZZ"}""";

    static final String SMS_REPLY = """
            {"reference": "K7P2QX", "from": "+8613800138000", "text": "1"}""";

    static final String SMS_RECORDED = """
            {"outcome": "RECORDED", "detail": "Rating 1 recorded for complaint C-20261123-0042"}""";

    static final String SMS_LATE = """
            {"outcome": "LATE", "detail": "Complaint C-20261123-0042 no longer waits for this rating"}""";

    static final String SMS_MALFORMED = """
            {"type": "about:blank", "title": "Invalid input", "status": 400, "detail": "reference: must not be blank",
             "errors": [{"field": "reference", "message": "must not be blank"}]}""";

    static final String KEY_LIST = """
            [{"name": "sms-gateway", "channel": "SMS", "team": "NORTH", "keyPrefix": "cdk_k7p2qx9m",
              "createdAt": "2026-11-20T08:00:00Z", "createdBy": "admin", "lastUsedAt": "2026-11-23T03:40:00Z"}]""";

    static final String NEW_KEY = """
            {"name": "sms-gateway", "channel": "SMS", "team": "NORTH"}""";

    static final String CREATED_KEY = """
            {"integration": {"name": "sms-gateway", "channel": "SMS", "team": "NORTH", "keyPrefix": "cdk_k7p2qx9m",
              "createdAt": "2026-11-20T08:00:00Z", "createdBy": "admin"},
             "apiKey": "cdk_k7p2qx9m_Vd3kq0mX9bA1s7YtLr2WcP8uNf5HjE4gZ6oQyTiK0aS"}""";

    static final String NAME_TAKEN = """
            {"type": "about:blank", "title": "Invalid input", "status": 400,
             "detail": "name: an integration of this name exists already (a revoked one keeps its name)",
             "errors": [{"field": "name", "message": "an integration of this name exists already (a revoked one keeps its name)"}]}""";

    static final String REVOKED_KEY = """
            {"name": "sms-gateway", "channel": "SMS", "team": "NORTH", "keyPrefix": "cdk_k7p2qx9m",
             "createdAt": "2026-11-20T08:00:00Z", "createdBy": "admin", "revokedAt": "2026-11-23T05:00:00Z", "revokedBy": "admin"}""";

    static final String REVOKED_TWICE = """
            {"type": "about:blank", "title": "Not possible now", "status": 409,
             "detail": "The key of sms-gateway was revoked already, on 2026-11-23T05:00:00Z"}""";
}
