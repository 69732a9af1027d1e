package org.complaintdesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Texts with control characters are refused by field; lines and tabs are kept. */
class InputValidationTest {

    record Note(String title, String text, Integer count) {
    }

    @Test
    void controlCharactersAreNamedByField() {
        assertThat(InputValidation.controlCharacters(new Note("Li\u0000Lei", "ok", 1))).extracting(ComplaintException.FieldError::field)
                .containsExactly("title");
        for (String bad : new String[] {"\u001b[31m", "ring\u0007", "del\u007f", "c1\u0085", "sep\u2028arator"}) {
            assertThat(InputValidation.controlCharacters(new Note("t", bad, 1))).as(bad).extracting(ComplaintException.FieldError::field)
                    .containsExactly("text");
        }
        assertThat(InputValidation.controlCharacters(new Note("t", "first line\r\nsecond\tline", 1))).isEmpty();
        assertThat(InputValidation.controlCharacters(new Note(null, "王先生", null))).isEmpty();
        assertThat(InputValidation.controlCharacters("not a record")).isEmpty();
        assertThat(InputValidation.controlCharacters(new Note("a\u0000", "b\u0000", 1)).get(0).refusal()).isEqualTo("controlCharacters");
    }
}
