package org.complaintdesk.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * For any integration test: asserts through GET /api/admin/attention (as the administrator) that no complaint's
 * record disagrees with its process and no job of it failed. On a desk shared with other tests, give the numbers of
 * the test's own complaints.
 */
public final class AttentionCheck {

    public static final String ADMIN = "admin";

    private AttentionCheck() {
    }

    /** The items the desk lists now: one per reason per complaint. */
    public static List<JsonNode> needingAttention(DeskServer desk) {
        HttpResponse<String> response = new ComplaintApi(desk).get(ADMIN, "/api/admin/attention");
        ComplaintApi.assertStatus(response, 200);
        return ComplaintApi.elements(ComplaintApi.json(response));
    }

    public static void assertNoComplaintNeedsAttention(DeskServer desk) {
        assertThat(needingAttention(desk)).as("complaints needing attention").isEmpty();
    }

    public static void assertNoneOfTheseNeedsAttention(DeskServer desk, Collection<String> numbers) {
        assertThat(needingAttention(desk)).as("complaints needing attention among %s", numbers)
                .filteredOn(item -> numbers.contains(ComplaintApi.text(item, "number"))).isEmpty();
    }
}
