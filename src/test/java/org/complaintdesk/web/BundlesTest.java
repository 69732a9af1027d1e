package org.complaintdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every word a user reads exists in zh-CN, zh-TW and English, with the same placeholders in each. */
class BundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties bundle(String name) throws IOException {
        try (InputStream in = BundlesTest.class.getResourceAsStream("/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"org/complaintdesk/web/messages", "org/complaintdesk/web/admin", "org/complaintdesk/web/validation",
            "org/complaintdesk/complaint/alerts", "org/complaintdesk/integration/sms"})
    void eachLanguageHasEveryKeyWithTheSamePlaceholders(String base) throws IOException {
        Properties english = bundle(base);
        assertThat(english).isNotEmpty();
        for (String language : new String[] {"zh_CN", "zh_TW"}) {
            Properties chinese = bundle(base + "_" + language);
            assertThat(new TreeSet<>(chinese.stringPropertyNames())).as(base + "_" + language)
                    .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
            for (String key : english.stringPropertyNames()) {
                assertThat(placeholders(chinese.getProperty(key))).as(base + "_" + language + ": " + key)
                        .isEqualTo(placeholders(english.getProperty(key)));
                assertThat(chinese.getProperty(key)).as(base + "_" + language + ": " + key).isNotBlank();
            }
        }
    }
}
