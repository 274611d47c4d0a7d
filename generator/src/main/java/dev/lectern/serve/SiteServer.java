package dev.lectern.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves the output folder on localhost only, with the live-reload script added to each page.
 * Requests outside the folder are refused.
 */
final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json", "js", "text/javascript",
            "woff2", "font/woff2", "woff", "font/woff", "ttf", "font/ttf", "svg", "image/svg+xml",
            "png", "image/png");

    private final Path root;
    private final LiveReload reload;
    private final HttpServer server;

    SiteServer(Path root, int port, LiveReload reload) {
        this.root = root.toAbsolutePath().normalize();
        this.reload = reload;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on port " + port, e);
        }
        server.createContext(LiveReload.PATH, reload::listen);
        server.createContext("/", this::serve);
        server.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "lectern-http");
            thread.setDaemon(true);
            return thread;
        }));
    }

    void start() {
        server.start();
    }

    URI address() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getHostString() + ":" + address.getPort() + "/lessons/");
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = resolve(exchange.getRequestURI().getPath());
            if (file == null || !Files.isRegularFile(file)) {
                byte[] body = "not found".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(404, body.length);
                exchange.getResponseBody().write(body);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            byte[] body = Files.readAllBytes(file);
            if (extension.equals("html")) {
                body = withReloadScript(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    /** The file a request path names inside the folder ({@code /x/} is {@code x/index.html}), or null. */
    private Path resolve(String requestPath) {
        String path = requestPath.endsWith("/") ? requestPath + "index.html" : requestPath;
        Path file = root.resolve(path.substring(1)).normalize();
        return file.startsWith(root) ? file : null;
    }

    static String withReloadScript(String html) {
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + LiveReload.SCRIPT : html.substring(0, end) + LiveReload.SCRIPT + html.substring(end);
    }

    @Override
    public void close() {
        reload.close();
        server.stop(0);
    }
}
