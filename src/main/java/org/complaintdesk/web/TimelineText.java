package org.complaintdesk.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A history line's text as the complaint's timeline shows it: instants in the desk's time and format, and the codes
 * it was written with (steps, channels, categories, statuses, reasons) as their labels in the page's language. The
 * text in the hash-chained history itself is unchanged; the audit trace shows it as written.
 */
@Named
@ApplicationScoped
public class TimelineText {

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
    private static final Pattern CODE = Pattern.compile("\\btask_[A-Za-z]+\\b|\\b[A-Z][A-Z_]{2,}\\b");
    /** Where a code written into a history line finds its label. */
    private static final List<String> LABELLED = List.of("task.", "channel.", "category.", "status.", "pauseReason.",
            "resumption.", "outcome.", "escalation.reason.");

    @Inject
    DeskFormat format;

    /** The line's changes relabelled; null stays null. */
    public String of(String changes) {
        if (changes == null) {
            return null;
        }
        ResourceBundle labels = Screens.bundle();
        String local = replace(INSTANT, changes, instant -> {
            try {
                return format.dateTime(Instant.parse(instant));
            } catch (DateTimeParseException e) {
                return instant;
            }
        });
        return replace(CODE, local, code -> LABELLED.stream().map(prefix -> prefix + code).filter(labels::containsKey)
                .findFirst().map(labels::getString).orElse(code));
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
