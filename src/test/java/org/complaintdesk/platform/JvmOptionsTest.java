package org.complaintdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;

/**
 * The factories that {@code src/main/payara/jvm.options} names so that the desk does not search the class path for
 * them on every call. A wrong name there would not slow the desk down but break it (every timer's due date is parsed
 * with a {@link DatatypeFactory}), so the names are checked here.
 */
class JvmOptionsTest {

    private static Map<String, String> systemProperties() throws IOException {
        return Files.readAllLines(Path.of("src/main/payara/jvm.options")).stream().map(String::strip)
                .filter(line -> line.startsWith("-D") && line.contains("="))
                .collect(Collectors.toMap(line -> line.substring(2, line.indexOf('=')), line -> line.substring(line.indexOf('=') + 1)));
    }

    @Test
    void theDatatypeFactoryNamedIsOneThatParsesTheTimersDurations() throws Exception {
        String name = systemProperties().get(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
        assertThat(name).as("jvm.options names the DatatypeFactory (Flowable makes one for every timer it plans)").isNotNull();
        DatatypeFactory factory = DatatypeFactory.newInstance(name, null);
        assertThat(factory.newDuration("PT2H").getTimeInMillis(new java.util.Date(0))).isEqualTo(Duration.ofHours(2).toMillis());
    }

    @Test
    void theJsonProviderNamedExists() throws Exception {
        String name = systemProperties().get("jakarta.json.provider");
        assertThat(name).isNotNull();
        assertThat(jakarta.json.spi.JsonProvider.class).isAssignableFrom(Class.forName(name));
    }
}
