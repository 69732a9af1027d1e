package org.complaintdesk.broadcast;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.complaintdesk.complaint.AlertRaised;
import org.complaintdesk.complaint.AlertText;

/**
 * The notifications' channel and payload: the alert as JSON with as many of its recipients as fit, one
 * notification per slice of recipients, each under PostgreSQL's payload limit.
 */
public final class AlertNotifications {

    /**
     * Found once: each Json.create... call looks the provider up with a service-loader search (27 % of the job threads'
     * CPU in a timer burst, BENCHMARKS.md).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    /** The PostgreSQL channel that all desks on one database share. */
    public static final String CHANNEL = "desk_alerts";

    /**
     * PostgreSQL refuses a payload of 8000 bytes or more. One recipient always fits: an alert's message is at most 500
     * characters and a username 80 (their columns), at most 6 bytes each once JSON-escaped.
     */
    static final int MAX_PAYLOAD_BYTES = 7999;

    /** A username of 80 characters, each escaped to 6 bytes, in quotes and after a comma. */
    private static final int LONGEST_NAME_BYTES = 80 * 6 + 3;

    private AlertNotifications() {
    }

    /** The payloads that together name every recipient once, each shorter than PostgreSQL's limit. */
    public static List<String> payloads(AlertRaised alert) {
        boolean words = alert.text() != null
                && bytes(payload(alert, true, JSON.createArrayBuilder())) + LONGEST_NAME_BYTES < MAX_PAYLOAD_BYTES;
        int base = bytes(payload(alert, words, JSON.createArrayBuilder()));
        List<String> payloads = new ArrayList<>();
        JsonArrayBuilder slice = JSON.createArrayBuilder();
        int size = base;
        int count = 0;
        // sorted: the same alert always makes the same notifications
        for (String username : new TreeSet<>(alert.usernames())) {
            // the name as it stands in a JSON array: ["name"] without its brackets
            int nameBytes = bytes(JSON.createArrayBuilder().add(username).build().toString()) - 2;
            if (count > 0 && size + 1 + nameBytes > MAX_PAYLOAD_BYTES) {
                payloads.add(payload(alert, words, slice));
                slice = JSON.createArrayBuilder();
                size = base;
                count = 0;
            }
            size += (count > 0 ? 1 : 0) + nameBytes;
            slice.add(username);
            count++;
        }
        if (count > 0) {
            payloads.add(payload(alert, words, slice));
        }
        return payloads;
    }

    /** The alert a payload carries; empty for a payload that is not one of ours (anyone may NOTIFY on a channel). */
    public static Optional<AlertArrived> read(String payload) {
        try (JsonReader reader = JSON.createReader(new StringReader(payload))) {
            JsonObject json = reader.readObject();
            Set<String> usernames = new LinkedHashSet<>();
            json.getJsonArray("users").getValuesAs(JsonString.class).forEach(name -> usernames.add(name.getString()));
            AlertText text = json.containsKey("key") ? AlertText.stored(json.getString("key"), json.getJsonArray("args").toString()) : null;
            return Optional.of(new AlertArrived(json.getJsonNumber("id").longValue(), json.getString("complaint"),
                    json.getString("kind"), json.getString("message"), text, Set.copyOf(usernames)));
        } catch (JsonException | IllegalStateException | NullPointerException | ClassCastException e) {
            return Optional.empty();
        }
    }

    /** The alert, with its words for each reader's language when {@code words}, and these recipients. */
    private static String payload(AlertRaised alert, boolean words, JsonArrayBuilder usernames) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", alert.alertId())
                .add("complaint", alert.complaintNumber())
                .add("kind", alert.kind().name())
                .add("message", alert.message());
        if (words) {
            JsonArrayBuilder args = JSON.createArrayBuilder();
            alert.text().args().forEach(args::add);
            json.add("key", alert.text().key()).add("args", args);
        }
        return json.add("users", usernames).build().toString();
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
