package org.complaintdesk.complaint;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of an alert, kept as a key of the {@code alerts} bundle and its arguments, so that each reader sees it (and
 * gets its e-mail) in their own language. The one home of every alert's wording. An argument is a time ("t:" and an
 * ISO instant, shown in the desk's zone), a word of the bundle ("k:" and its key) or text as given ("s:").
 */
public record AlertText(String key, List<String> args) {

    /** The bundle's base name; English is the fallback and the text stored beside the key. */
    public static final String BUNDLE = "org.complaintdesk.complaint.alerts";

    private static final JsonProvider JSON = JsonProvider.provider();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public AlertText {
        args = List.copyOf(args);
    }

    static AlertText channelAssigned(String number, Channel channel, String integration) {
        return new AlertText("alert.assigned.channel", List.of(text(number), word("channel." + channel.name()), text(integration)));
    }

    static AlertText handedOver(String number, String by, String reason) {
        return new AlertText("alert.assigned.handOver", List.of(text(number), text(by), text(reason)));
    }

    static AlertText replyWarning(String number, Instant deadline) {
        return new AlertText("alert.warning", List.of(text(number), time(deadline)));
    }

    static AlertText replyOverdue(String number, Instant deadline) {
        return new AlertText("alert.overdue", List.of(text(number), time(deadline)));
    }

    static AlertText escalated(String number, EscalationReason reason, Instant actBy) {
        return new AlertText("alert.escalated", List.of(text(number), word("reason." + reason.name()), time(actBy)));
    }

    static AlertText reminder(String number, Instant deadline) {
        return new AlertText("alert.reminder", List.of(text(number), time(deadline)));
    }

    static AlertText harassment(String number, String agent) {
        return new AlertText("alert.harassment", List.of(text(number), text(agent)));
    }

    static AlertText qualityReview(String number, String agent) {
        return new AlertText("alert.qualityReview", List.of(text(number), text(agent)));
    }

    static AlertText pauseEnded(String number, Instant pausedAt, PauseReason reason, Instant deadline) {
        return new AlertText("alert.pauseEnded", List.of(text(number), time(pausedAt), word("pause." + reason.name()), time(deadline)));
    }

    /**
     * The language a reader gets alerts in: the one they chose on the screens, Simplified Chinese until they choose
     * (the call centre's first language); English and Traditional Chinese when chosen.
     */
    public static Locale readersLocale(String languageTag) {
        if (languageTag == null) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        Locale chosen = Locale.forLanguageTag(languageTag);
        if (chosen.getLanguage().equals("en")) {
            return Locale.ENGLISH;
        }
        boolean traditional = chosen.getCountry().equals("TW") || chosen.getCountry().equals("HK") || chosen.getScript().equals("Hant");
        return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
    }

    /** The words in the reader's language, times in the desk's zone. */
    public String in(Locale locale, ZoneId zone) {
        ResourceBundle bundle = bundle(locale);
        Object[] shown = args.stream().map(arg -> shown(arg, bundle, zone)).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(shown);
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The arguments as stored: a JSON array of strings. */
    public String argsAsJson() {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        args.forEach(array::add);
        return array.build().toString();
    }

    public static AlertText stored(String key, String argsJson) {
        List<String> args = new ArrayList<>();
        try (var reader = JSON.createReader(new StringReader(argsJson == null ? "[]" : argsJson))) {
            reader.readArray().getValuesAs(JsonString.class).forEach(value -> args.add(value.getString()));
        }
        return new AlertText(key, args);
    }

    private static String shown(String arg, ResourceBundle bundle, ZoneId zone) {
        String value = arg.substring(2);
        return switch (arg.substring(0, 2)) {
            case "t:" -> value.isEmpty() ? "-" : TIME.withZone(zone).format(Instant.parse(value));
            case "k:" -> bundle.containsKey(value) ? bundle.getString(value) : value;
            default -> value;
        };
    }

    private static String text(String value) {
        return "s:" + (value == null ? "" : value);
    }

    private static String word(String key) {
        return "k:" + key;
    }

    private static String time(Instant instant) {
        return "t:" + (instant == null ? "" : instant.toString());
    }
}
