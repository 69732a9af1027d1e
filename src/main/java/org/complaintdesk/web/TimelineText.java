package org.complaintdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A history line's text as the complaint's timeline shows it, in the page's language: the lines the desk writes are
 * read by their shape and said again with the bundle's words ({@code timeline.<ACTION>}), instants in the desk's time
 * and format, codes (steps, channels, categories, statuses, reasons) as their labels, and teams by their names. A line of another shape keeps
 * its words and gets only its instants and codes relabelled. The text in the hash-chained history itself is unchanged;
 * the audit trace shows it as written.
 */
@Named
@ApplicationScoped
public class TimelineText {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Pattern CODE = Pattern.compile("\\btask_[A-Za-z]+\\b|\\b[A-Z][A-Z_]{2,}\\b");
    /** Where a code written into a history line finds its label. */
    private static final List<String> LABELLED = List.of("task.", "channel.", "category.", "status.", "pauseReason.",
            "resumption.", "outcome.", "escalation.reason.", "complexity.short.", "escalation.level.");

    /** The shapes of the lines the desk writes (complaint package), by action; the key's pattern takes the groups. */
    private static final Map<String, List<Shape>> SHAPES = Map.of(
            "LOGGED", List.of(
                    new Shape("timeline.LOGGED", "(\\w+), (\\w+), (\\w+), team (\\S+), reply due (\\S+), SLA policy version (\\d+)", 4),
                    new Shape("timeline.LOGGED.noDeadline", "(\\w+), (\\w+), (\\w+), team (\\S+), SLA policy version (\\d+)", 4)),
            "APOLOGISED_AND_RECORDED", List.of(new Shape("timeline.APOLOGISED_AND_RECORDED",
                    "apology offered (true|false), accepted (true|false), contact confirmed (true|false), outcome (\\w+), route (\\w+)")),
            "REPLIED", List.of(
                    new Shape("timeline.REPLIED.inTime", "via (\\w+), understood (true|false), within the deadline"),
                    new Shape("timeline.REPLIED.late", "via (\\w+), understood (true|false), (\\d+) minute\\(s\\) late")),
            "ESCALATED", List.of(new Shape("timeline.ESCALATED", "to (\\w+) \\(level \\d+\\), act by (\\S+)")),
            "HANDED_OVER", List.of(new Shape("timeline.HANDED_OVER", "from (\\S+) to (\\S+)")),
            "HANDED_BACK", List.of(new Shape("timeline.HANDED_BACK", "to (\\S+)")),
            "RATED", List.of(new Shape("timeline.RATED", "rating (\\d)")),
            "RECLASSIFIED", List.of(new Shape("timeline.RECLASSIFIED",
                    "complexity (\\w+) -> (\\w+), reply due (\\S+) \\(SLA policy version (\\d+)\\)")),
            "REOPENED", List.of(new Shape("timeline.REOPENED",
                    "rating 4: problem not solved; reply due (\\S+) \\(SLA policy version (\\d+)\\)")),
            "RESUMED", List.of(new Shape("timeline.RESUMED", "(\\w+), paused (\\d+) s of business time, reply due (\\S+)")));

    /** A line's shape, the bundle key that says it, and which group is a team's code (0: none). */
    private record Shape(String key, Pattern pattern, int teamGroup) {
        Shape(String key, String regex) {
            this(key, Pattern.compile(regex), 0);
        }

        Shape(String key, String regex, int teamGroup) {
            this(key, Pattern.compile(regex), teamGroup);
        }
    }

    @Inject
    DeskFormat format;

    @Inject
    TeamLabels teams;

    /** The line's changes in the page's language; null stays null. */
    public String of(String action, String changes) {
        return changes == null ? null : said(action, changes, Screens.bundle(), this::local, teams::of);
    }

    /** The same with the labels, the time format and the teams' names given: the whole rule, testable without a page. */
    static String said(String action, String changes, ResourceBundle labels, UnaryOperator<String> localTime, UnaryOperator<String> teamName) {
        for (Shape shape : SHAPES.getOrDefault(action, List.of())) {
            Matcher matcher = shape.pattern().matcher(changes);
            if (matcher.matches() && labels.containsKey(shape.key())) {
                List<Object> parts = new ArrayList<>();
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    parts.add(group == shape.teamGroup() ? teamName.apply(matcher.group(group)) : relabelled(matcher.group(group), labels, localTime));
                }
                return new MessageFormat(labels.getString(shape.key()), labels.getLocale()).format(parts.toArray());
            }
        }
        return relabelled(changes, labels, localTime);
    }

    private static String relabelled(String text, ResourceBundle labels, UnaryOperator<String> localTime) {
        if (text.equals("true") || text.equals("false")) {
            return labels.getString("timeline." + text);
        }
        String local = replace(INSTANT, text, localTime);
        return replace(CODE, local, code -> LABELLED.stream().map(prefix -> prefix + code).filter(labels::containsKey)
                .findFirst().map(labels::getString).orElse(code));
    }

    private String local(String instant) {
        try {
            return format.dateTime(Instant.parse(instant));
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    private static String replace(Pattern pattern, String text, UnaryOperator<String> how) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(how.apply(matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
