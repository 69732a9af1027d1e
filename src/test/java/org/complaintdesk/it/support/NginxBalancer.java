package org.complaintdesk.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A real nginx (Debian's package) in front of several desks, running docs/ENGINE.md's nginx block as operators copy
 * it: a browser's session stays on the desk that created it, by the route Payara appends to the session id when
 * started with {@code -DjvmRoute=ROUTE} (JSESSIONID=id.ROUTE); requests without a session go round robin; websockets
 * pass through; a body over 1 MiB, or no desk answering, gets a problem or a page of the desk's. Its config, logs
 * and temporary files live in a folder of its own under target/it-runtime; the access log names the desk that
 * answered each request and the session it carried.
 */
public final class NginxBalancer implements AutoCloseable {

    private final Map<String, Integer> portsByRoute;
    private final int port;
    private final Path folder;
    private Process process;

    /**
     * @param portsByRoute each desk's port by the jvmRoute it was started with: the routes docs/ENGINE.md's block
     *                     names (desk1, desk2)
     */
    public NginxBalancer(Map<String, Integer> portsByRoute) {
        this.portsByRoute = Map.copyOf(portsByRoute);
        this.port = LocalProcesses.freePort();
        this.folder = Path.of("target", "it-runtime", "nginx-" + System.nanoTime()).toAbsolutePath();
    }

    public NginxBalancer start() {
        try {
            Files.createDirectories(folder.resolve("temp"));
            Path config = Files.writeString(folder.resolve("nginx.conf"), config());
            process = new ProcessBuilder(System.getProperty("desk.nginx", "/usr/sbin/nginx"),
                    "-c", config.toString(), "-p", folder.toString(), "-g", "daemon off;")
                    .redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start nginx", e);
        }
        awaitListening();
        return this;
    }

    /**
     * The configuration: docs/ENGINE.md's nginx block as it stands, with each {@code ROUTE.internal:8080} the address
     * of this balancer's desk of that route and {@code listen 80} this balancer's port, inside the settings that put
     * its files in this folder and name the answering desk in the access log.
     */
    String config() {
        String documented = documentedBlock().replace("listen 80;", "listen 127.0.0.1:" + port + ";");
        for (Map.Entry<String, Integer> desk : portsByRoute.entrySet()) {
            String host = desk.getKey() + ".internal:8080";
            if (!documented.contains(host)) {
                throw new IllegalStateException("docs/ENGINE.md's nginx block has no desk " + host);
            }
            documented = documented.replace(host, "127.0.0.1:" + desk.getValue());
        }
        if (documented.contains(".internal:") || !documented.contains("listen 127.0.0.1:")) {
            throw new IllegalStateException("docs/ENGINE.md's nginx block has desks or a listen this balancer does not: "
                    + documented);
        }
        return """
                worker_processes 1;
                error_log %1$s/error.log warn;
                pid %1$s/nginx.pid;
                events { worker_connections 256; }
                http {
                client_body_temp_path %1$s/temp/body;
                proxy_temp_path %1$s/temp/proxy;
                fastcgi_temp_path %1$s/temp/fastcgi;
                uwsgi_temp_path %1$s/temp/uwsgi;
                scgi_temp_path %1$s/temp/scgi;
                log_format desks '$status $upstream_addr $cookie_JSESSIONID "$request"';
                access_log %1$s/access.log desks;
                %2$s
                }
                """.formatted(folder, documented);
    }

    /** The text of docs/ENGINE.md's one nginx block, which operators copy into their nginx's {@code http} block. */
    static String documentedBlock() {
        try {
            String engine = Files.readString(Path.of("docs", "ENGINE.md"));
            int start = engine.indexOf("```nginx\n");
            if (start < 0 || engine.indexOf("```nginx\n", start + 1) >= 0) {
                throw new IllegalStateException("docs/ENGINE.md should have one nginx block");
            }
            start += "```nginx\n".length();
            return engine.substring(start, engine.indexOf("```", start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** The access log, one request a line: status, the desk that answered (127.0.0.1:port), session id, request line. */
    public List<String> accessLog() {
        try {
            Path log = folder.resolve("access.log");
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx exited: " + output());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                LocalProcesses.sleep(Duration.ofMillis(200));
            }
        }
        throw new IllegalStateException("nginx did not listen on " + port + ": " + output());
    }

    private String output() {
        try {
            Path out = folder.resolve("nginx.out");
            Path errors = folder.resolve("error.log");
            return (Files.exists(out) ? Files.readString(out) : "") + (Files.exists(errors) ? Files.readString(errors) : "");
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        // TERM: nginx's fast shutdown
        LocalProcesses.stop(process, Duration.ofSeconds(10));
    }
}
