package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintdesk.it.ChannelIntakeIT.createKey;
import static org.complaintdesk.it.ChannelIntakeIT.send;
import static org.complaintdesk.it.support.ComplaintApi.assertProblem;
import static org.complaintdesk.it.support.ComplaintApi.assertStatus;
import static org.complaintdesk.it.support.ComplaintApi.elements;
import static org.complaintdesk.it.support.ComplaintApi.json;
import static org.complaintdesk.it.support.ComplaintApi.object;
import static org.complaintdesk.it.support.ComplaintApi.text;
import static org.complaintdesk.it.support.ComplaintApi.write;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.complaintdesk.it.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The satisfaction SMS on the real desk: closing a complaint puts a question with a reference in the SMS
 * gateway's outbox; the gateway passes the customer's digit back with it. Unknown, late, duplicate and
 * non-digit answers are answered 200 without harm and kept; a malformed callback gets 400 and keeps nothing.
 */
class SatisfactionSmsIT {

    private static final String REPLIES = "/api/channel/sms/replies";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final DeskServer desk = SharedDesk.server();
    private final String db = SharedDesk.databaseUrl();
    private final ComplaintApi api = new ComplaintApi(desk);
    private String gatewayKey;

    @BeforeEach
    void gateway() {
        gatewayKey = createKey(api, "sms-gateway-" + System.nanoTime(), "SMS", null);
    }

    private HttpResponse<String> get(String path, String key) {
        try {
            return HTTP.send(HttpRequest.newBuilder(desk.uri(path)).header("X-Api-Key", key).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The question in the outbox about this complaint: its reference. */
    private String questionAbout(String number) {
        JsonNode question = question(number);
        assertThat(text(question, "phone")).isEqualTo("13800138000");
        // in Simplified Chinese unless another language was chosen at intake
        assertThat(text(question, "text")).contains("编号 " + text(question, "reference"), "1 满意");
        return text(question, "reference");
    }

    private JsonNode question(String number) {
        HttpResponse<String> outbox = get("/api/channel/sms/outbox?max=500", gatewayKey);
        assertStatus(outbox, 200);
        return elements(json(outbox).path("messages")).stream()
                .filter(m -> text(m, "text").contains(number)).findFirst().orElseThrow(() -> new AssertionError("no SMS about " + number + ": " + outbox.body()));
    }

    @Test
    void theQuestionSpeaksTheLanguageChosenForTheCustomerAtIntake() {
        for (String language : new String[] {"EN", "ZH_TW"}) {
            String number = text(api.log("agent1", ComplaintApi.newComplaint("BILLING", "SIMPLE").put("customerLanguage", language)), "number");
            assertThat(text(api.complaint(number), "customerLanguage")).isEqualTo(language);
            api.complete("agent1", number, "task_apologiseAndRecord", ComplaintApi.apology("SIMPLE", "RESOLVED", true));
            String text = text(question(number), "text");
            if (language.equals("EN")) {
                assertThat(text).contains("How did we do?", "Ref " + text(question(number), "reference"));
            } else {
                assertThat(text).contains("1 滿意", "編號 " + text(question(number), "reference"));
            }
        }
        assertProblem(api.tryLog("agent1", ComplaintApi.newComplaint("BILLING", "SIMPLE").put("customerLanguage", "KLINGON")), 400, "customerLanguage");
    }

    private JsonNode reply(String reference, String text) {
        HttpResponse<String> answer = send(desk, REPLIES, gatewayKey, null,
                write(object().put("reference", reference).put("from", "+8613800138000").put("text", text)));
        assertStatus(answer, 200);
        return json(answer);
    }

    private long repliesKept(String reference) {
        return TestDatabase.count(db, "select count(*) from sms_reply where reference = ?", reference);
    }

    @Test
    void theCustomersDigitIsRecordedAsTheRatingOnce() {
        String number = api.logResolvedOnSpot("agent1", "BILLING");
        String reference = questionAbout(number);

        assertThat(text(reply(reference, "hello"), "outcome")).isEqualTo("NOT_A_RATING");
        assertThat(api.complaint(number).path("rating").isNumber()).isFalse();

        assertThat(text(reply(reference, " 1 "), "outcome")).isEqualTo("RECORDED");
        assertThat(api.complaint(number).path("rating").asInt()).isEqualTo(1);
        assertThat(api.history(number).stream().map(h -> text(h, "actor") + " " + text(h, "action")))
                .anySatisfy(line -> assertThat(line).startsWith("sms:sms-gateway-").endsWith(" RATED"));

        assertThat(text(reply(reference, "4"), "outcome")).isEqualTo("DUPLICATE");
        assertThat(api.complaint(number).path("rating").asInt()).isEqualTo(1);
        assertThat(text(api.complaint(number), "status")).isEqualTo("CLOSED");
        assertThat(repliesKept(reference)).isEqualTo(3);
        assertThat(new org.complaintdesk.it.support.DeskClient(desk).get("/metrics").body())
                .containsPattern("sms_replies_total\\{[^}]*outcome=\"DUPLICATE\"[^}]*} [1-9]")
                .containsPattern("sms_replies_total\\{[^}]*outcome=\"RECORDED\"[^}]*} [1-9]");

        assertStatus(send(desk, "/api/channel/sms/outbox/" + reference + "/handed-over", gatewayKey, null, ""), 200);
        assertThat(get("/api/channel/sms/outbox?max=500", gatewayKey).body()).doesNotContain(reference);
    }

    @Test
    void aFullWidthFourReopensTheComplaint() {
        String number = api.logResolvedOnSpot("agent1", "BILLING");
        assertThat(text(reply(questionAbout(number), "４"), "outcome")).isEqualTo("RECORDED");
        assertThat(text(api.complaint(number), "status")).isEqualTo("REOPENED");
    }

    @Test
    void unknownAndLateRepliesChangeNothing() {
        assertThat(text(reply("ZZZZZZ", "1"), "outcome")).isEqualTo("UNKNOWN_REFERENCE");
        assertThat(repliesKept("ZZZZZZ")).isPositive();

        String number = api.logResolvedOnSpot("agent1", "BILLING");
        String reference = questionAbout(number);
        api.rate("agent1", number, 2);
        assertThat(text(reply(reference, "1"), "outcome")).isEqualTo("LATE");
        assertThat(api.complaint(number).path("rating").asInt()).isEqualTo(2);
    }

    @Test
    void aMalformedCallbackGets400AndKeepsNothing() {
        String number = api.logResolvedOnSpot("agent1", "BILLING");
        String reference = questionAbout(number);

        assertProblem(send(desk, REPLIES, gatewayKey, null, "{not json"), 400, null);
        assertProblem(send(desk, REPLIES, gatewayKey, null, "[1]"), 400, null);
        assertProblem(send(desk, REPLIES, gatewayKey, null, write(object().put("text", "1"))), 400, "reference");
        assertProblem(send(desk, REPLIES, gatewayKey, null, write(object().put("reference", reference))), 400, "text");
        assertProblem(send(desk, REPLIES, gatewayKey, null, write(object().put("reference", reference).put("text", "1".repeat(501)))), 400, "text");
        assertProblem(send(desk, REPLIES, gatewayKey, null, write(object().put("reference", reference).put("text", 1))), 400, "text");

        assertThat(repliesKept(reference)).isZero();
        assertThat(api.complaint(number).path("rating").isNumber()).isFalse();
    }

    @Test
    void onlyTheSmsGatewaysKeyIsTaken() {
        String number = api.logResolvedOnSpot("agent1", "BILLING");
        String reference = questionAbout(number);
        String chatKey = createKey(api, "chat-" + System.nanoTime(), "ONLINE_CHAT", null);

        assertProblem(send(desk, REPLIES, null, null, write(object().put("reference", reference).put("text", "1"))), 401, null);
        assertProblem(send(desk, REPLIES, chatKey, null, write(object().put("reference", reference).put("text", "1"))), 403, null);
        assertProblem(get("/api/channel/sms/outbox", chatKey), 403, null);
        assertProblem(send(desk, "/api/channel/sms/outbox/ZZZZZZ/handed-over", gatewayKey, null, ""), 404, null);
        assertThat(repliesKept(reference)).isZero();
        assertThat(api.complaint(number).path("rating").isNumber()).isFalse();
    }
}
