package org.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonStructure;
import org.junit.jupiter.api.Test;

class ApiRequestTimerTest {

    @Test
    void anOperationIsNamedByItsMethodAndPathTemplateNotByAnyComplaintNumber() throws Exception {
        assertThat(ApiRequestTimer.operation("POST", ComplaintResource.class,
                ComplaintResource.class.getMethod("log", JsonStructure.class))).isEqualTo("POST /api/complaints");
        assertThat(ApiRequestTimer.operation("POST", ComplaintItemResource.class,
                ComplaintItemResource.class.getMethod("claim", String.class))).isEqualTo("POST /api/complaints/{number}/claim");
        assertThat(ApiRequestTimer.operation("GET", ComplaintItemResource.class,
                ComplaintItemResource.class.getMethod("get", String.class))).isEqualTo("GET /api/complaints/{number}");
    }
}
