package org.complaintdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A field the desk refuses to leave empty shows " *" after its label: every input marked {@code required} sits in a
 * {@code desk:field} or {@code desk:choices} that says {@code required="true"}. (The other way round is allowed: some
 * fields are checked by their use case, not by the input.)
 */
class RequiredMarkersTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern FIELD = Pattern.compile("<desk:(field|choices)\\b([^>]*)>(.*?)</desk:\\1>", Pattern.DOTALL);
    private static final Pattern REQUIRED_INPUT = Pattern.compile("\\srequired=\"(true|#\\{[^\"]*})\"");

    @Test
    void everyRequiredInputHasTheMarkerOnItsLabel() throws IOException {
        List<String> unmarked = new ArrayList<>();
        int required = 0;
        try (Stream<Path> pages = Files.walk(PAGES)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher field = FIELD.matcher(Files.readString(page));
                while (field.find()) {
                    if (REQUIRED_INPUT.matcher(field.group(3)).find()) {
                        required++;
                        if (!field.group(2).contains("required=\"true\"")) {
                            unmarked.add(PAGES.relativize(page) + ": " + field.group(2).strip());
                        }
                    }
                }
            }
        }
        assertThat(required).as("required inputs found").isGreaterThan(10);
        assertThat(unmarked).as("required inputs whose label has no marker").isEmpty();
    }
}
