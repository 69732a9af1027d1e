package org.complaintdesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import org.complaintdesk.complaint.CustomerLanguage;
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
    void theQuestionCarriesTheComplaintAndTheReferenceInTheCustomersLanguage() {
        assertThat(SatisfactionSms.question("C-20261123-0042", "K7P2QX", CustomerLanguage.EN))
                .contains("C-20261123-0042", "Ref K7P2QX", "1 satisfied", "3 unhappy with the agent's attitude", "4 problem not solved")
                .hasSizeLessThan(300);
        // one SMS of 70 characters is the unit for Chinese text: two at most
        assertThat(SatisfactionSms.question("C-20261123-0042", "K7P2QX", CustomerLanguage.ZH_CN))
                .contains("C-20261123-0042", "K7P2QX", "1 满意", "4 问题未解决").hasSizeLessThan(140);
        assertThat(SatisfactionSms.question("C-20261123-0042", "K7P2QX", CustomerLanguage.ZH_TW))
                .contains("C-20261123-0042", "K7P2QX", "1 滿意", "4 問題未解決").hasSizeLessThan(140);
        assertThat(SatisfactionSms.question("C-1", "K", CustomerLanguage.orDefault(null))).contains("满意");
    }
}
