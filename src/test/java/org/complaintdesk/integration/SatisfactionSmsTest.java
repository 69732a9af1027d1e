package org.complaintdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as a customer's rating in an SMS reply. */
class SatisfactionSmsTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', value = {"1|1", "4|4", "' 2 '|2", "３|3", "４|4"})
    void oneDigitFromOneToFourIsARating(String text, int rating) {
        assertThat(SatisfactionSms.rating(text)).isEqualTo(rating);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", " ", "0", "5", "9", "12", "1.", "one", "thanks", "1 2", "٥"})
    void anythingElseIsNot(String text) {
        assertThat(SatisfactionSms.rating(text)).isNull();
    }

    @org.junit.jupiter.api.Test
    void theQuestionCarriesTheComplaintAndTheReference() {
        assertThat(SatisfactionSms.QUESTION.formatted("C-20261123-0042", "K7P2QX"))
                .contains("C-20261123-0042", "Ref K7P2QX", "1 satisfied", "4 problem not solved").hasSizeLessThan(300);
    }
}
