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
import java.util.TreeMap;

/**
 * A real nginx (Debian's package) in front of several desks, configured as docs/ENGINE.md tells operators: a browser's
 * session stays on the desk that created it, by the route Payara appends to the session id when started with
 * {@code -DjvmRoute=ROUTE} (JSESSIONID=id.ROUTE); requests without a session go round robin; websockets pass
 * through. Its config, logs and temporary files live in a folder of its own under target/it-runtime; the access log
 * names the desk that answered each request and the session it carried.
 */
public final class NginxBalancer implements AutoCloseable {

    private final Map<String, DeskServer> desksByRoute;
    private final int port;
    private final Path folder;
    private Process process;

    /** @param desksByRoute each desk by the jvmRoute it was started with */
    public NginxBalancer(Map<String, DeskServer> desksByRoute) {
        this.desksByRoute = new TreeMap<>(desksByRoute);
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

    /** The configuration, as in docs/ENGINE.md but for the desks' ports and this folder. */
    String config() {
        StringBuilder upstreams = new StringBuilder();
        StringBuilder routes = new StringBuilder();
        StringBuilder all = new StringBuilder();
        desksByRoute.forEach((route, desk) -> {
            // the others as backups: when this desk is down its users land on another one (and log in again)
            upstreams.append("    upstream desk_").append(route).append(" {\n        server 127.0.0.1:").append(desk.port()).append(";\n");
            desksByRoute.forEach((otherRoute, other) -> {
                if (other != desk) {
                    upstreams.append("        server 127.0.0.1:").append(other.port()).append(" backup;\n");
                }
            });
            upstreams.append("    }\n");
            routes.append("        \"~\\.").append(route).append("$\" desk_").append(route).append(";\n");
            all.append("        server 127.0.0.1:").append(desk.port()).append(";\n");
        });
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

                %2$s    upstream desk_any {
                %3$s    }

                    # Payara started with -DjvmRoute=ROUTE ends its session ids with ".ROUTE"
                    map $cookie_JSESSIONID $desk {
                %4$s        default desk_any;
                    }
                    map $http_upgrade $connection_upgrade {
                        default upgrade;
                        "" close;
                    }

                    server {
                        listen 127.0.0.1:%5$d;
                        # a body over the API's 1 MiB: refused here, with the problem a desk answers, not nginx's page
                        client_max_body_size 1m;
                        error_page 413 @body_too_large;
                        location @body_too_large {
                            default_type application/problem+json;
                            return 413 '{"type":"about:blank","title":"Request Entity Too Large","status":413,"detail":"The body is larger than the API takes (1 MiB); nothing was stored"}';
                        }
                        location / {
                            proxy_pass http://$desk;
                            proxy_http_version 1.1;
                            proxy_set_header Upgrade $http_upgrade;
                            proxy_set_header Connection $connection_upgrade;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                            # an open page's websocket is quiet between alerts
                            proxy_read_timeout 1h;
                        }
                    }
                }
                """.formatted(folder, upstreams, all, routes, port);
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
