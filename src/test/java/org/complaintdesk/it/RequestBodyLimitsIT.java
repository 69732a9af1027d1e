package org.complaintdesk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintdesk.it.support.ComplaintApi;
import org.complaintdesk.it.support.DeskClient;
import org.complaintdesk.it.support.DeskServer;
import org.complaintdesk.it.support.SharedDesk;
import org.junit.jupiter.api.Test;

/**
 * Bodies the listener must end early, whatever the operation: one of megabytes, sent the way Java's HttpClient does by
 * default (an h2c upgrade) or as curl and proxies send it (HTTP/1.1), with its length or without; and one that stops
 * arriving. Every operation's answers to bad bodies are ApiFuzzIT's.
 */
class RequestBodyLimitsIT {

    private final DeskServer desk = SharedDesk.server();

    /**
     * A body larger than the API takes is refused at once, before it is read: over HTTP/1.1 and with the h2c upgrade
     * of Java's HttpClient, which otherwise stalled in the listener until its read timeout and ended as a 500; and
     * one sent in chunks, without its length, once 1 MiB of it is read.
     */
    @Test
    void aBodyOfMegabytesIsRefusedWithOrWithoutAnH2cUpgradeAndWithoutItsLength() throws Exception {
        for (HttpClient.Version version : HttpClient.Version.values()) {
            ComplaintApi.assertOversizedComplaintRefused(desk.uri("/api/complaints"), version);
        }
    }

    /**
     * A body that stops arriving (a client gone quiet after part of it) ends, at the listener's read timeout (30 s by
     * default, {@link SharedDesk#READ_TIMEOUT} on the shared desk), in a 408 problem, without a SEVERE line in the log:
     * it was a 500 and an "unexpected error" before.
     */
    @Test
    void aBodyThatStopsArrivingIsA408ProblemNotA500() throws Exception {
        long unexpectedBefore = desk.logText().lines().filter(line -> line.contains("Unexpected error in the API")).count();
        try (Socket socket = new Socket(desk.uri("/").getHost(), desk.uri("/").getPort())) {
            socket.setSoTimeout(120_000);
            String head = "POST /api/complaints HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + DeskClient.basicAuthorization("agent1", "demo") + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n";
            socket.getOutputStream().write((head + "{\"customerSurname\": \"Li\"").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 408").contains("application/problem+json", "\"status\":408");
        }
        assertThat(desk.logText().lines().filter(line -> line.contains("Unexpected error in the API")).count()).isEqualTo(unexpectedBefore);
    }

    /**
     * One HTTP/1.1 answer, head and body, read by its Content-Length or to its last chunk: the desk keeps the
     * connection open after it, so reading to the end of the stream would wait for the keep-alive timeout.
     */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        String head;
        while (!(head = read.toString(StandardCharsets.ISO_8859_1)).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return head;
            }
            read.write(b);
        }
        Matcher length = Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
        if (length.find()) {
            read.write(in.readNBytes(Integer.parseInt(length.group(1))));
        } else {
            while (!read.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                read.write(b);
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }
}
