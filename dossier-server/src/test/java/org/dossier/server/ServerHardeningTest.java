package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests an attacker would send, on raw sockets so that no client library tidies them up first: path
 * traversal, oversized requests, a client that stops half-way, a failure inside the server.
 */
class ServerHardeningTest {
    private static final Duration IDLE = Duration.ofMillis(1000);
    private static DossierServer server;

    @BeforeAll
    static void start() throws Exception {
        server = DossierServer.builder(TestStore.dir()).port(0).idleTimeout(IDLE).maxRequestBytes(1024)
                .maxHeaderBytes(4096).build().start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void pathTraversalIsRefused() throws Exception {
        for (String path : List.of("/static/../../../../etc/passwd", "/static/..%2f..%2f..%2fetc%2fpasswd",
                "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/static/%2e%2e%2f%2e%2e%2fpom.xml",
                "/static/..\\..\\pom.xml", "/static/%252e%252e%252fpom.xml", "/../../etc/passwd",
                "/static/app.css/../../../etc/passwd", "/static//etc/passwd", "/static/%00app.css")) {
            Reply reply = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertTrue(reply.status() == 400 || reply.status() == 404, path + " -> " + reply.status());
            assertFalse(reply.text().contains("root:"), path);
            assertFalse(reply.text().contains("<modelVersion>"), path);
            assertNoInternals(reply.text());
        }
        assertEquals(200, raw("GET /static/app.css HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").status());
    }

    @Test
    void oversizedRequestsAreRefused() throws Exception {
        Reply body = raw("POST /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\nConnection: close\r\n\r\n"
                + "x".repeat(5000));
        assertEquals(413, body.status());
        assertTrue(body.text().contains("\"too_large\""), body.text());

        Reply uri = raw("GET /api/search?q=" + "a".repeat(6000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(uri.status() == 414 || uri.status() == 431, "long request line: " + uri.status());

        Reply headers = raw("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Filler: " + "b".repeat(6000)
                + "\r\nConnection: close\r\n\r\n");
        assertEquals(431, headers.status());
        assertNoInternals(headers.text());
    }

    @Test
    void aClientThatStopsHalfWayIsCutOff() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) IDLE.toMillis() * 5);
            OutputStream out = socket.getOutputStream();
            out.write("GET /api/health HTTP/1.1\r\nHost: x\r\nX-Half: ".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            InputStream in = socket.getInputStream();
            try {
                while (in.read() >= 0) {
                    // drain whatever the server sends before closing (an error status, if any)
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server kept a stalled connection open for " + IDLE.multipliedBy(5));
            } catch (IOException reset) {
                // a reset is a cut-off too
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(millis < IDLE.toMillis() * 4, "closed after " + millis + " ms");
        }
    }

    @Test
    void anInternalErrorShowsNoInternals() throws Exception {
        try (DossierServer failing = DossierServer.builder(TestStore.dir()).port(0)
                .briefWith(articles -> {
                    throw new IllegalStateException("secret detail /home/ops/keys in org.dossier.Internal");
                }).build().start()) {
            HttpTestClient http = new HttpTestClient(failing);
            String id = HttpTestClient.json(http.get("/api/stories")).get("stories").get(0).get("id").asText();
            var api = http.get("/api/stories/" + id);
            assertEquals(500, api.statusCode());
            assertEquals("internal", HttpTestClient.json(api).get("error").asText());
            assertNoInternals(api.body());
            assertFalse(api.body().contains("secret"), api.body());
            var page = http.get("/stories/" + id);
            assertEquals(500, page.statusCode());
            assertNoInternals(page.body());
            assertFalse(page.body().contains("secret"), page.body());
        }
    }

    @Test
    void loopbackByDefault() throws Exception {
        try (DossierServer s = DossierServer.builder(TestStore.dir()).port(0).build()) {
            assertEquals("127.0.0.1", s.settings().host());
            assertTrue(s.settings().loopback());
            s.start();
            assertTrue(s.url().startsWith("http://127.0.0.1:"), s.url());
        }
        assertFalse(DossierServer.builder(TestStore.dir()).host("0.0.0.0").port(0).build().settings().loopback());
    }

    @Test
    void aTakenPortIsAClearError() throws Exception {
        try (DossierServer first = DossierServer.builder(TestStore.dir()).port(0).build().start();
             DossierServer second = DossierServer.builder(TestStore.dir()).port(first.port()).build()) {
            IOException e = assertThrows(IOException.class, second::start);
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
        }
    }

    private static void assertNoInternals(String body) {
        for (String leak : List.of("Exception", "at org.", "at io.", "java.", "jetty", "Jetty", "javalin", "Javalin",
                ".java:")) {
            assertFalse(body.contains(leak), "response leaks '" + leak + "': " + body);
        }
    }

    private record Reply(int status, String text) {
    }

    /** Sends bytes as they are and reads the reply until the server closes the connection. */
    private static Reply raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException refusedMidway) {
                // the server may refuse and close before reading everything; its reply is still there to read
            }
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(reply);
            } catch (IOException reset) {
                // keep what arrived before the reset
            }
            String text = reply.toString(StandardCharsets.ISO_8859_1);
            String[] statusLine = text.split("\r\n", 2)[0].split(" ");
            return new Reply(statusLine.length > 1 ? Integer.parseInt(statusLine[1]) : -1, text);
        }
    }
}
