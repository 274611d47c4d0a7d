package dev.lectern.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lectern.testing.SecondLoopback;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the preview server answers, and what it refuses, request by request (raw HTTP over a socket). */
class SiteServerTest {
    private static final String PAGE = "<html><body><p>the page</p></body></html>";

    @TempDir
    Path dir;

    /** A server over {@code dir/site}, which holds {@code lessons/index.html}; {@code dir/secret.txt} lies beside it. */
    private SiteServer serve(InetAddress address) throws IOException {
        Files.createDirectories(dir.resolve("site/lessons"));
        Files.writeString(dir.resolve("site/lessons/index.html"), PAGE);
        Files.writeString(dir.resolve("secret.txt"), "the secret");
        SiteServer server = new SiteServer(dir.resolve("site"), address, 0, new LiveReload());
        server.start();
        return server;
    }

    /** Sends one request as written (clients normalise paths and set their own Host) and reads the whole answer. */
    private static String send(SiteServer server, String method, String target, String host) throws IOException {
        int port = server.address().getPort();
        try (Socket socket = new Socket(InetAddress.getByName(server.address().getHost()), port)) {
            socket.setSoTimeout(10_000);
            String hostLine = host == null ? "" : "Host: " + host.replace("PORT", Integer.toString(port)) + "\r\n";
            socket.getOutputStream().write((method + " " + target + " HTTP/1.1\r\n" + hostLine
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String status(String response) {
        return response.substring(0, response.indexOf("\r\n"));
    }

    @Test
    void getServesThePageWithTheReloadScriptAndHeadTheSameHeadersWithoutTheBody() throws IOException {
        try (SiteServer server = serve(InetAddress.getLoopbackAddress())) {
            String get = send(server, "GET", "/lessons/", "localhost:PORT");
            String head = send(server, "HEAD", "/lessons/", "localhost:PORT");

            assertEquals("HTTP/1.1 200 OK", status(get));
            assertTrue(get.endsWith(SiteServer.withReloadScript(PAGE)), get);
            assertEquals("HTTP/1.1 200 OK", status(head));
            int length = SiteServer.withReloadScript(PAGE).getBytes(StandardCharsets.UTF_8).length;
            assertTrue(head.toLowerCase().contains("content-length: " + length + "\r\n"), head);
            assertTrue(head.endsWith("\r\n\r\n"), "no body: " + head);
        }
    }

    @Test
    void everyMethodButGetAndHeadIsRefusedWith405AndAnAllowHeader() throws IOException {
        try (SiteServer server = serve(InetAddress.getLoopbackAddress())) {
            for (String method : List.of("POST", "PUT", "DELETE", "TRACE", "OPTIONS", "PATCH", "CONNECT")) {
                for (String target : List.of("/lessons/", LiveReload.PATH)) {
                    String response = send(server, method, target, "localhost:PORT");

                    assertEquals("HTTP/1.1 405 Method Not Allowed", status(response), method + " " + target);
                    assertTrue(response.contains("\r\nAllow: GET, HEAD\r\n"), response);
                    assertFalse(response.contains("the page"), response);
                }
            }
        }
    }

    @Test
    void aRequestForAnotherHostIsRefusedWith403SoARebindingPageCannotReadThePreview() throws IOException {
        try (SiteServer server = serve(InetAddress.getLoopbackAddress())) {
            for (String host : List.of("localhost:PORT", "127.0.0.1:PORT", "[::1]:PORT", "LocalHost:PORT")) {
                assertEquals("HTTP/1.1 200 OK", status(send(server, "GET", "/lessons/", host)), host);
            }
            for (String host : List.of("attacker.example:PORT", "attacker.example", "localhost", "localhost:1",
                    "127.0.0.1:PORT.attacker.example", "")) {
                String response = send(server, "GET", "/lessons/", host);

                assertEquals("HTTP/1.1 403 Forbidden", status(response), host);
                assertFalse(response.contains("the page"), response);
            }
            assertEquals("HTTP/1.1 403 Forbidden", status(send(server, "GET", "/lessons/", null)), "no Host at all");
            assertEquals("HTTP/1.1 403 Forbidden", status(send(server, "GET", LiveReload.PATH, "attacker.example:PORT")));
            // a full URL in the request line names the host too
            assertEquals("HTTP/1.1 403 Forbidden",
                    status(send(server, "GET", "http://attacker.example/lessons/", "localhost:PORT")));
        }
    }

    @Test
    void aServerAtAnotherAddressAcceptsThatAddressWithItsPortAsHost() throws IOException {
        Optional<InetAddress> second = SecondLoopback.address();
        assumeTrue(second.isPresent(), "127.0.0.2 cannot be listened on here");
        InetAddress other = second.get();
        try (SiteServer server = serve(other)) {
            assertEquals("127.0.0.2", server.address().getHost());

            assertEquals("HTTP/1.1 200 OK", status(send(server, "GET", "/lessons/", "127.0.0.2:PORT")));
            assertEquals("HTTP/1.1 403 Forbidden", status(send(server, "GET", "/lessons/", "attacker.example:PORT")));
        }
    }

    @Test
    void aMalformedPathIsAnswered400AndNothingOutsideTheSiteIsServed() throws IOException {
        try (SiteServer server = serve(InetAddress.getLoopbackAddress())) {
            for (String target : List.of("/lessons/%00", "/lessons/index.html%00.png", "/%zz", "/lessons/%C3%28",
                    "/../secret.txt", "/lessons/../../secret.txt", "/lessons/%2e%2e/%2e%2e/secret.txt",
                    "/..%2fsecret.txt", "/lessons/..%5c..%5csecret.txt", "/lessons/./index.html")) {
                String response = send(server, "GET", target, "localhost:PORT");

                assertEquals("HTTP/1.1 400 Bad Request", status(response), target);
                assertFalse(response.contains("the secret"), response);
            }
            assertEquals("HTTP/1.1 404 Not Found", status(send(server, "GET", "/lessons/missing.html", "localhost:PORT")));
        }
    }

    @Test
    void theRootAndAFolderWithoutItsSlashRedirectAsStaticHostsDo() throws IOException {
        try (SiteServer server = serve(InetAddress.getLoopbackAddress())) {
            String root = send(server, "GET", "/", "localhost:PORT");
            String folder = send(server, "GET", "/lessons?q=loss", "localhost:PORT");

            assertTrue(status(root).startsWith("HTTP/1.1 302 "), root);
            assertTrue(root.contains("\r\nLocation: /lessons/\r\n"), root);
            assertTrue(status(folder).startsWith("HTTP/1.1 302 "), folder);
            assertTrue(folder.contains("\r\nLocation: /lessons/?q=loss\r\n"), folder);
        }
    }

    @Test
    void aMissingPageIsAnsweredWithTheStudents404PageReadFromTheLessonsFolder() throws IOException {
        try (SiteServer server = serve(InetAddress.getLoopbackAddress())) {
            assertEquals("not found\n", body(send(server, "GET", "/lessons/missing.html", "localhost:PORT")));
            Files.writeString(dir.resolve("site/lessons/404.html"),
                    "<html><head><title>Page not found</title></head><body><a href=\"index.html\">all</a></body></html>");

            String response = send(server, "GET", "/lessons/old-name/", "localhost:PORT");

            assertEquals("HTTP/1.1 404 Not Found", status(response));
            assertEquals(SiteServer.withReloadScript("<html><head><base href=\"/lessons/\"><title>Page not found</title>"
                    + "</head><body><a href=\"index.html\">all</a></body></html>"), body(response));
        }
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }
}
