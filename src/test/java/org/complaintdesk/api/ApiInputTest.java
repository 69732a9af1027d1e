package org.complaintdesk.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.time.Instant;
import org.complaintdesk.accesstoken.PersonalTokens;
import org.complaintdesk.complaint.ComplaintException;
import org.complaintdesk.complaint.Steps;
import org.junit.jupiter.api.Test;

/** Reading JSON into the services' input, and writing CSV cells, without a container. */
class ApiInputTest {

    @Test
    void readsARecordFromJson() {
        Steps.Reply reply = JsonInput.read(Json.createObjectBuilder().add("reply", "refund issued")
                .add("replyChannel", "PHONE").add("customerUnderstood", true).build(), Steps.Reply.class);
        assertThat(reply.reply()).isEqualTo("refund issued");
        assertThat(reply.customerUnderstood()).isTrue();
    }

    @Test
    void namesEachFieldWithAWrongTypeOrUnknownValue() {
        var body = Json.createObjectBuilder().add("reply", 7).add("replyChannel", "PIGEON").add("customerUnderstood", "yes").build();
        assertThatThrownBy(() -> JsonInput.read(body, Steps.Reply.class))
                .isInstanceOfSatisfying(ComplaintException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(ComplaintException.FieldError::field)
                            .containsExactlyInAnyOrder("reply", "replyChannel", "customerUnderstood");
                });
    }

    @Test
    void readsAnInstantAndNamesOneThatIsNot() {
        var token = JsonInput.read(Json.createObjectBuilder().add("name", "cli").add("expiresAt", "2027-03-01T00:00:00Z").build(),
                PersonalTokens.NewToken.class);
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2027-03-01T00:00:00Z"));
        assertThat(JsonInput.read(Json.createObjectBuilder().add("name", "cli").build(), PersonalTokens.NewToken.class).expiresAt()).isNull();
        assertThatThrownBy(() -> JsonInput.read(Json.createObjectBuilder().add("name", "cli").add("expiresAt", "next week").build(),
                PersonalTokens.NewToken.class))
                .isInstanceOfSatisfying(ComplaintException.class, e -> assertThat(e.errors()).extracting(ComplaintException.FieldError::field)
                        .containsExactly("expiresAt"));
    }

    @Test
    void refusesABodyThatIsNotAnObject() {
        assertThatThrownBy(() -> JsonInput.read(Json.createArrayBuilder().build(), Steps.Rating.class))
                .isInstanceOfSatisfying(ComplaintException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("body"));
        assertThatThrownBy(() -> JsonInput.read(null, Steps.Rating.class)).isInstanceOf(ComplaintException.class);
    }

    @Test
    void anInstantOutsideTheYearsTheDatabaseStoresIsRefused() {
        assertThat(JsonInput.instant(" 2026-12-05T08:00:00Z ")).isEqualTo(Instant.parse("2026-12-05T08:00:00Z"));
        assertThatThrownBy(() -> JsonInput.instant("+1000000000-01-01T00:00:00Z")).hasMessageContaining("1900 to 9999");
        assertThatThrownBy(() -> JsonInput.instant("-999999-01-01T00:00:00Z")).hasMessageContaining("1900 to 9999");
        assertThatThrownBy(() -> JsonInput.instant("tomorrow")).hasMessageContaining("ISO-8601");
    }

    @Test
    void aNumberOutOfRangeIsRefusedNeverWrapped() {
        // 4294967300 wraps to 4 as an int: it once recorded a rating of 4 and reopened the complaint
        assertThatThrownBy(() -> JsonInput.read(Json.createObjectBuilder().add("rating", 4294967300L).build(), Steps.Rating.class))
                .isInstanceOfSatisfying(ComplaintException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("rating");
                    assertThat(e.errors().get(0).message()).contains("whole number from -2147483648 to 2147483647");
                });
        assertThatThrownBy(() -> JsonInput.read(Json.createObjectBuilder().add("rating", new java.math.BigInteger("1" + "0".repeat(30))).build(),
                Steps.Rating.class)).isInstanceOf(ComplaintException.class);
        assertThat(JsonInput.read(Json.createObjectBuilder().add("rating", 4).build(), Steps.Rating.class).rating()).isEqualTo(4);
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndDefusesFormulas() {
        assertThat(Csv.field("plain")).isEqualTo("plain");
        assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.field("=HYPERLINK(\"x\")")).startsWith("\"'=HYPERLINK");
        assertThat(Csv.field("-12")).isEqualTo("-12");
        assertThat(Csv.field("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field("+86 10 1234")).isEqualTo("'+86 10 1234");
        assertThat(Csv.field("王先生")).isEqualTo("王先生");
        assertThat(Csv.field(null)).isEmpty();
    }
}
