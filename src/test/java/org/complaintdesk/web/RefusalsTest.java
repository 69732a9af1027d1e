package org.complaintdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.ComplaintException;
import org.junit.jupiter.api.Test;

/** A refused field in the reader's language when the use case named it; its English words when it did not. */
class RefusalsTest {

    private final Refusals refusals = new Refusals();

    private static ResourceBundle messages(Locale locale) {
        return ResourceBundle.getBundle("org.complaintdesk.web.messages", locale);
    }

    @Test
    void aNamedRefusalOfOneFieldIsSaidInThePagesLanguage() {
        ComplaintException refused = ComplaintException.invalid("to", "agent9 is no enabled agent").because("noEnabledAgent", "agent9");
        ComplaintException.FieldError error = refused.errors().get(0);

        assertThat(error.field()).isEqualTo("to");
        assertThat(error.message()).as("the API's English is kept").isEqualTo("agent9 is no enabled agent");
        assertThat(refusals.text(error, messages(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE)).isEqualTo("agent9 不是启用的客服代表。");
        assertThat(refusals.text(error, messages(Locale.ENGLISH), Locale.ENGLISH)).isEqualTo("agent9 is not an enabled agent.");
    }

    @Test
    void anEnumArgumentIsShownByItsLabel() {
        ComplaintException.FieldError error = new ComplaintException.FieldError("category", "BILLING is switched off")
                .because("categoryClosed", Category.BILLING);
        ResourceBundle chinese = messages(Locale.SIMPLIFIED_CHINESE);

        assertThat(refusals.text(error, chinese, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("目前不受理" + chinese.getString("category.BILLING") + "类投诉：管理员已关闭该类别。");
    }

    @Test
    void anUnnamedRefusalKeepsItsEnglishWords() {
        ComplaintException.FieldError error = new ComplaintException.FieldError("max", "must lie between 1 and 1000");

        assertThat(refusals.text(error, messages(Locale.SIMPLIFIED_CHINESE), Locale.SIMPLIFIED_CHINESE)).isEqualTo("must lie between 1 and 1000");
    }
}
