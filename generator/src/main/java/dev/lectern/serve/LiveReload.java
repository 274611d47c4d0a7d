package dev.lectern.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Server-sent events to the open pages: each rebuild sends {@code reload}, and the script
 * {@link #SCRIPT} in every served page reloads it. Only {@code lectern serve} adds the script; the
 * published site needs no JavaScript.
 */
final class LiveReload {
    static final String PATH = "/__lectern/reload";
    static final String SCRIPT = "<script>new EventSource('" + PATH + "').onmessage=function(){location.reload();};"
            + "</script>";

    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();

    /** Keeps the request open as an event stream. */
    void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        OutputStream body = exchange.getResponseBody();
        body.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
        body.flush();
        listeners.add(exchange);
    }

    /** Tells every open page to reload; pages that went away are forgotten. */
    void reload() {
        for (HttpExchange exchange : listeners) {
            try {
                OutputStream body = exchange.getResponseBody();
                body.write("data: reload\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
            } catch (IOException gone) {
                listeners.remove(exchange);
                exchange.close();
            }
        }
    }

    int listening() {
        return listeners.size();
    }

    void close() {
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }
}
