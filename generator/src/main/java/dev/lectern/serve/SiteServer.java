package dev.lectern.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.lectern.math.DaemonThreads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;

/**
 * Serves the output folder, with the live-reload script added to each page, to this machine only
 * (or to the local network at an address the author chose). It answers GET and HEAD alone (405
 * otherwise), and only requests whose {@code Host} names the address it serves with its port (403
 * otherwise): a page of another site that rebinds its own name to this address (DNS rebinding) sends
 * its own name as the host, and cannot read the preview. A path that is not a clean path inside the
 * folder (a NUL, bytes that are not UTF-8, a {@code ..} segment) is a 400.
 */
final class SiteServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "json", "application/json", "js", "text/javascript",
            "woff2", "font/woff2", "woff", "font/woff", "ttf", "font/ttf", "svg", "image/svg+xml",
            "png", "image/png");
    private static final String ALLOWED_METHODS = "GET, HEAD";
    private static final String NOT_FOUND_PAGE = "lessons/404.html";

    private final Path root;
    private final LiveReload reload;
    private final HttpServer server;
    private final Set<String> hosts;

    /**
     * @param address where to listen: the loopback address, or an address of this machine on the
     *                local network (a wildcard address listens on all of them)
     */
    SiteServer(Path root, InetAddress address, int port, LiveReload reload) {
        this.root = root.toAbsolutePath().normalize();
        this.reload = reload;
        try {
            server = HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + address.getHostAddress() + " port " + port, e);
        }
        this.hosts = hosts(address, server.getAddress().getPort());
        Filter refusals = new Refusals();
        for (HttpContext context : new HttpContext[] {server.createContext(LiveReload.PATH, reload::listen),
                server.createContext("/", this::serve)}) {
            context.getFilters().add(refusals);
        }
        server.setExecutor(Executors.newCachedThreadPool(new DaemonThreads("lectern-http", 0)));
    }

    void start() {
        server.start();
    }

    URI address() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + hostPort(address.getAddress(), address.getPort()) + "/lessons/");
    }

    /** The {@code Host} values this server answers: its address with the port; for loopback, its names too. */
    static Set<String> hosts(InetAddress address, int port) {
        Set<String> names = new TreeSet<>();
        if (address.isLoopbackAddress()) {
            for (String name : new String[] {"localhost", "127.0.0.1", "[::1]"}) {
                names.add(name + ":" + port);
            }
        } else if (address.isAnyLocalAddress()) {
            try {
                for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    Collections.list(network.getInetAddresses()).forEach(a -> names.add(hostPort(a, port)));
                }
            } catch (SocketException e) {
                throw new UncheckedIOException("cannot list this machine's addresses", e);
            }
            names.addAll(hosts(InetAddress.getLoopbackAddress(), port));
        }
        names.add(hostPort(address, port));
        return names;
    }

    /** {@code 192.168.1.5:8000}, {@code [fe80::1]:8000}: an address as a URL and a Host header write it. */
    private static String hostPort(InetAddress address, int port) {
        String host = address.getHostAddress();
        int scope = host.indexOf('%');
        if (scope >= 0) {
            host = host.substring(0, scope); // browsers leave an IPv6 zone out of the Host header
        }
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Refuses, before any handler runs, what this server does not answer. */
    private final class Refusals extends Filter {
        @Override
        public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", ALLOWED_METHODS);
                refuse(exchange, 405, "method not allowed: only GET and HEAD");
                return;
            }
            String host = exchange.getRequestHeaders().getFirst("Host");
            String authority = exchange.getRequestURI().getRawAuthority(); // a request line with a full URL
            if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))
                    || authority != null && !hosts.contains(authority.toLowerCase(Locale.ROOT))) {
                refuse(exchange, 403, "forbidden: this preview answers to " + String.join(", ", hosts));
                return;
            }
            chain.doFilter(exchange);
        }

        @Override
        public String description() {
            return "GET and HEAD only, to this server's own host names";
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!clean(path)) {
                refuse(exchange, 400, "bad request: not a path in this site");
                return;
            }
            Path file = resolve(path);
            if (file != null && Files.isRegularFile(file)) {
                sendFile(exchange, 200, file, "");
            } else if (path.equals("/") || file != null && Files.isRegularFile(file.resolve("index.html"))) {
                // as static hosts do: the course from the root, a folder's page from its name without the slash
                redirect(exchange, path.equals("/") ? "/lessons/" : exchange.getRequestURI().getRawPath() + "/");
            } else if (Files.isRegularFile(root.resolve(NOT_FOUND_PAGE))) {
                // the students' 404 page, its relative links read from lessons/ wherever the request was
                sendFile(exchange, 404, root.resolve(NOT_FOUND_PAGE), "<base href=\"/lessons/\">");
            } else {
                refuse(exchange, 404, "not found");
            }
        }
    }

    private static void sendFile(HttpExchange exchange, int status, Path file, String baseTag) throws IOException {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        byte[] body = Files.readAllBytes(file);
        if (extension.equals("html")) {
            String html = new String(body, StandardCharsets.UTF_8);
            html = baseTag.isEmpty() ? html : html.replaceFirst("<head>", "<head>" + baseTag);
            body = withReloadScript(html).getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, body);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        exchange.getResponseHeaders().set("Location", location + (query == null ? "" : "?" + query));
        exchange.sendResponseHeaders(302, -1);
    }

    /**
     * Whether a decoded request path can name a file here: it starts with {@code /}, has no control
     * character (a NUL ends a path in C), no U+FFFD (what bytes that are not UTF-8 decode to), no
     * backslash, and no {@code .} or {@code ..} segment.
     */
    static boolean clean(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\uFFFD') >= 0
                || path.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** The file a clean request path names inside the folder ({@code /x/} is {@code x/index.html}), or null. */
    private Path resolve(String requestPath) {
        String path = requestPath.endsWith("/") ? requestPath + "index.html" : requestPath;
        try {
            Path file = root.resolve(path.substring(1)).normalize();
            return file.startsWith(root) ? file : null;
        } catch (InvalidPathException e) {
            return null; // a name this file system cannot hold: no such file
        }
    }

    private static void refuse(HttpExchange exchange, int status, String message) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, (message + "\n").getBytes(StandardCharsets.UTF_8));
        exchange.close();
    }

    /** Sends the response; to a HEAD request only its headers, with the length the body would have. */
    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
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
