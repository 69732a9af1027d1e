package org.complaintdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code jakarta.json.Json}'s static factories look the JSON-P provider up with a service-loader search on every call:
 * in a burst of deadlines that was 27 % of the job threads' CPU (building each alert's notification), and earlier a
 * large share of every refused intake. The desk's code keeps one {@code JsonProvider} per class instead.
 */
class JsonProviderLookupTest {

    private static final Pattern LOOKUP_PER_CALL = Pattern.compile("\\bJson\\.create\\w*\\(");

    @Test
    void noCodeLooksTheJsonProviderUpPerCall() throws IOException {
        List<Path> offenders;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            offenders = sources.filter(path -> path.toString().endsWith(".java")).filter(JsonProviderLookupTest::looksUpPerCall).toList();
        }
        assertThat(offenders).as("classes calling Json.create...: use a JsonProvider found once").isEmpty();
    }

    private static boolean looksUpPerCall(Path source) {
        try {
            return LOOKUP_PER_CALL.matcher(Files.readString(source)).find();
        } catch (IOException e) {
            throw new IllegalStateException(source.toString(), e);
        }
    }
}
