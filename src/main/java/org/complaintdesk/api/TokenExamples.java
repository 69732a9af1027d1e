package org.complaintdesk.api;

/** Example bodies of the personal access token operations, shown in the OpenAPI document. */
final class TokenExamples {

    private TokenExamples() {
    }

    static final String NEW_TOKEN = """
            {"name": "laptop-cli", "expiresAt": "2027-03-01T00:00:00Z"}""";

    static final String CREATED = """
            {"token": {"name": "laptop-cli", "tokenPrefix": "cdp_m4x8qz2k", "owner": "agent1", "createdAt": "2026-11-23T02:00:00Z",
              "expiresAt": "2027-03-01T00:00:00Z"},
             "secret": "cdp_m4x8qz2k_Qm9vX3R5cGVfMmM3Ym5kZjlhZHF3ZXJ0eXVpb3BsazE"}""";

    static final String OWN_LIST = """
            [{"name": "laptop-cli", "tokenPrefix": "cdp_m4x8qz2k", "owner": "agent1", "createdAt": "2026-11-23T02:00:00Z",
              "expiresAt": "2027-03-01T00:00:00Z", "lastUsedAt": "2026-11-23T03:40:00Z"}]""";

    static final String ALL_LIST = """
            [{"name": "laptop-cli", "tokenPrefix": "cdp_m4x8qz2k", "owner": "agent1", "createdAt": "2026-11-23T02:00:00Z",
              "expiresAt": "2027-03-01T00:00:00Z", "lastUsedAt": "2026-11-23T03:40:00Z"},
             {"name": "report-script", "tokenPrefix": "cdp_w7h3np5t", "owner": "auditor1", "createdAt": "2026-11-20T08:00:00Z",
              "revokedAt": "2026-11-22T09:00:00Z", "revokedBy": "admin"}]""";

    static final String REVOKED = """
            {"name": "laptop-cli", "tokenPrefix": "cdp_m4x8qz2k", "owner": "agent1", "createdAt": "2026-11-23T02:00:00Z",
             "expiresAt": "2027-03-01T00:00:00Z", "revokedAt": "2026-11-23T05:00:00Z", "revokedBy": "agent1"}""";

    static final String INVALID_EXPIRY = """
            {"type": "about:blank", "title": "Invalid input", "status": 400, "detail": "expiresAt: must be in the future",
             "errors": [{"field": "expiresAt", "message": "must be in the future"}]}""";

    static final String NOT_WITH_A_TOKEN = """
            {"type": "about:blank", "title": "Not allowed", "status": 403,
             "detail": "A personal access token cannot create tokens; log in with your password (HTTP Basic) to create one"}""";

    static final String UNKNOWN = """
            {"type": "about:blank", "title": "Unknown token", "status": 404, "detail": "You have no token cdp_m4x8qz2k_…"}""";

    static final String REVOKED_TWICE = """
            {"type": "about:blank", "title": "Not possible now", "status": 409,
             "detail": "The token cdp_m4x8qz2k_… was revoked already, on 2026-11-23T05:00:00Z"}""";
}
