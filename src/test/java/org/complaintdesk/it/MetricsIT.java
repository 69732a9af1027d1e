package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.junit.jupiter.api.Test;

/**
 * /metrics as Prometheus reads it: the scrape is parsed and linted by promtool (Prometheus's own tool, Debian package
 * "prometheus", installed by .ci/run), the desk's metrics follow the naming rules, and the Grafana dashboard in docs/
 * only asks for metrics the desk has.
 */
class MetricsIT {

    private static final Pattern FAMILY = Pattern.compile("(?m)^# TYPE (\\S+) (\\S+)$");
    private static final Pattern MEAN_WITHOUT_HELP = Pattern.compile("(\\S+)_mean no help text");

    private final DeskServer desk = SharedDesk.server();

    @Test
    void theWholeScrapeParsesAndTheDesksOwnMetricsPassPromtoolsLint() throws Exception {
        DeskClient agent = new DeskClient(desk).basic("agent1", "demo");
        assertThat(agent.postJson("/api/complaints", """
                {"channel": "PHONE", "customerSurname": "Lin", "contactPhone": "13800138000", "category": "BILLING",
                 "complexity": "SIMPLE", "customerAccount": "charged twice"}""").statusCode()).isEqualTo(201);

        String all = new DeskClient(desk).get("/metrics").body();
        assertThat(promtool(all)).as("promtool on the whole scrape").noneMatch(line -> line.contains("parsing error"));

        String application = new DeskClient(desk).get("/metrics?scope=application").body();
        List<String> problems = new ArrayList<>(promtool(application));
        // Payara writes a "_mean" gauge beside every timer with no HELP line of its own (its exporter's choice, not a
        // metric of ours): accepted only where the timer itself carries a description
        problems.removeIf(problem -> {
            Matcher mean = MEAN_WITHOUT_HELP.matcher(problem);
            return mean.matches() && Pattern.compile("(?m)^# HELP " + Pattern.quote(mean.group(1)) + " \\S").matcher(application).find();
        });
        assertThat(problems).as("promtool check metrics on the desk's own metrics").isEmpty();

        Set<String> families = families(application);
        assertThat(families).allSatisfy(name -> assertThat(name).matches("[a-z][a-z0-9_]*").doesNotContain("complaintdesk"));
        assertThat(families).contains("complaints_open", "complaints_overdue", "alerts_raised_total", "api_request_duration_seconds",
                "timer_firing_lag_seconds", "engine_due_jobs", "engine_locked_jobs", "engine_failing_jobs", "engine_dead_letter_jobs",
                "complaints_needing_attention");
        assertThat(application).containsPattern("(?m)^# HELP complaints_open \\S")
                .containsPattern("api_request_duration_seconds_count\\{[^}]*operation=\"POST /api/complaints\"[^}]*status=\"2xx\"[^}]*} [1-9]")
                .containsPattern("timer_firing_lag_seconds_count\\{[^}]*timer=\"timer_replyOverdue\"[^}]*} \\d")
                .containsPattern("(?m)^engine_due_jobs\\{[^}]*} \\d")
                .doesNotContain("_milliseconds");
        assertThat(noRepeatedSeries(application)).as("series given twice in the application scope").isEmpty();
    }

    @Test
    void theGrafanaDashboardAsksOnlyForMetricsTheDeskHas() throws IOException {
        JsonObject dashboard;
        try (JsonReader reader = Json.createReader(new StringReader(Files.readString(Path.of("docs/grafana-dashboard.json"))))) {
            dashboard = reader.readObject();
        }
        assertThat(dashboard.getString("title")).isNotBlank();
        Set<String> asked = new TreeSet<>();
        Matcher name = Pattern.compile("\\b([a-z][a-z0-9_]*)(?=\\{|\\[|\\)|\\s|$)").matcher("");
        dashboard.getJsonArray("panels").forEach(panel -> panel.asJsonObject().getJsonArray("targets").forEach(target -> {
            name.reset(target.asJsonObject().getString("expr"));
            while (name.find()) {
                asked.add(name.group(1));
            }
        }));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            String application = new DeskClient(desk).get("/metrics?scope=application").body();
            Set<String> series = new HashSet<>();
            Matcher sample = Pattern.compile("(?m)^([a-z][a-z0-9_]*)[{ ]").matcher(application);
            while (sample.find()) {
                series.add(sample.group(1));
            }
            Set<String> missing = new TreeSet<>(asked);
            missing.removeIf(word -> series.contains(word) || PROMQL_WORDS.contains(word));
            assertThat(missing).as("metrics the dashboard asks for that the desk does not have").isEmpty();
        });
        assertThat(asked).contains("complaints_overdue", "engine_due_jobs", "api_request_duration_seconds_count");
    }

    private static final Set<String> PROMQL_WORDS = Set.of("sum", "rate", "increase", "by", "max", "min", "avg", "without",
            "histogram_quantile", "operation", "status", "kind", "timer", "integration", "outcome", "instance", "le", "quantile",
            "clamp_min", "topk", "irate", "on", "ignoring", "and", "or", "unless", "offset", "mp_scope");

    private static Set<String> families(String scrape) {
        Set<String> names = new TreeSet<>();
        Matcher type = FAMILY.matcher(scrape);
        while (type.find()) {
            names.add(type.group(1));
        }
        return names;
    }

    private static List<String> noRepeatedSeries(String scrape) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        scrape.lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.substring(0, line.lastIndexOf(' ')))
                .forEach(series -> {
                    if (!seen.add(series)) {
                        repeated.add(series);
                    }
                });
        return repeated;
    }

    /** promtool check metrics: its parse errors and lint problems, one per line (none: the scrape is clean). */
    private static List<String> promtool(String scrape) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("promtool", "check", "metrics").redirectErrorStream(true).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(scrape.getBytes(StandardCharsets.UTF_8));
        }
        String out;
        try (InputStream output = process.getInputStream()) {
            out = new String(output.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
