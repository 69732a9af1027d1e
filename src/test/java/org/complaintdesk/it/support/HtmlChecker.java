package org.complaintdesk.it.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML Checker (the W3C's validator.w3.org/nu), run in this JVM on a page's markup as the server sent it:
 * its errors, one line each; warnings are advice and not returned.
 */
public final class HtmlChecker {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** One page after another, beside the test's own thread (daemon: it never holds the JVM up). */
    private static final Executor CHECKING = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "nu-html-checker");
        thread.setDaemon(true);
        return thread;
    });

    private HtmlChecker() {
    }

    /** The errors, found on a thread of their own while the caller goes on (a page takes about 0.1 s). */
    public static CompletableFuture<List<String>> errorsLater(String html) {
        return CompletableFuture.supplyAsync(() -> errors(html), CHECKING);
    }

    public static List<String> errors(String html) {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        validator.setNoLangDetect(true);
        String report;
        try {
            report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML Checker did not run", e);
        }
        List<String> errors = new ArrayList<>();
        for (JsonNode message : JSON.readTree(report).path("messages")) {
            if (!"info".equals(message.path("type").asString())) {
                errors.add("line " + message.path("lastLine").asInt() + ": " + message.path("message").asString()
                        + " [" + message.path("extract").asString().strip() + "]");
            }
        }
        return errors;
    }
}
