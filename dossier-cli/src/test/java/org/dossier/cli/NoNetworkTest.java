package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dossier must never touch the network at run time: no telemetry, no model download, no DNS lookup, no socket
 * listening. A security manager records every connect, resolve and listen attempt (any host but loopback) while
 * the whole pipeline runs: {@code ingest} through every reader (text, HTML, JSON, JSON lines plain and gzipped,
 * WARC, RSS, Atom) with story tracking, {@code search}, {@code stories}, and {@code brief} in every format. The
 * inputs are full of links (stylesheets, tracking pixels, feed links, WARC target URIs) that a careless reader
 * might fetch. The server ({@code dossier serve}) has its own loopback test.
 */
class NoNetworkTest {

    @TempDir
    Path dir;

    private static final String PAGE = "<html><head><title>Council vote</title>"
            + "<meta property='og:site_name' content='Lakeside Ledger'>"
            + "<link rel='stylesheet' href='https://cdn.example.com/x.css'>"
            + "<script src='https://analytics.example.net/t.js'></script></head><body>"
            + "<img src='http://tracker.example.net/pixel.gif'>"
            + "<article><p>The council of Lakeside voted on Monday to close the old library, ending a debate "
            + "that had lasted four years.</p><p>Nine members voted for the plan and two against it, the clerk "
            + "said after the meeting.</p></article></body></html>";

    @Test
    void briefMakesNoNetworkConnection() throws IOException {
        Files.writeString(dir.resolve("page.html"), PAGE);
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"x\",\"title\":\"Library to close\",\"text\":"
                + "\"Lakeside's council voted nine to two on Monday to close the old library.\","
                + "\"url\":\"https://news.example.org/library\"}\n");
        List<String> attempts = recordingNetwork(() -> {
            for (String format : List.of("text", "md", "json", "html")) {
                assertEquals(0, DossierCommand.execute("brief", dir.toString(), "--format", format, "-q"));
            }
        });
        assertTrue(attempts.isEmpty(), "network attempts: " + attempts);
    }

    @Test
    void ingestEveryFormatStoriesSearchAndBriefMakeNoNetworkConnection() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("page.html"), PAGE);
        Files.writeString(in.resolve("note.txt"), "Library hours cut\nThe Lakeside library will close at five on "
                + "weekdays from next month, the council said, after the vote to close the old building.");
        Files.writeString(in.resolve("one.json"), "{\"title\":\"Library books move\",\"url\":\"https://ledger.example/"
                + "books\",\"text\":\"Books from the old Lakeside library will move to the school hall, the council "
                + "said.\"}");
        String line = "{\"id\":\"w1\",\"title\":\"Council closes library\",\"url\":\"https://wire.example/lib\","
                + "\"source\":\"Lake Wire\",\"text\":\"Lakeside council voted on Monday to close the old library "
                + "after four years of debate.\"}\n";
        Files.writeString(in.resolve("wire.jsonl"), line);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("wire2.jsonl.gz")))) {
            gz.write(line.replace("w1", "w2").replace("/lib", "/lib2").replace("Monday", "Monday night")
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.write(in.resolve("crawl.warc"), warc("https://ledger.example/vote", PAGE));
        Files.writeString(in.resolve("feed.rss"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Lake Wire</title><link>https://wire.example/</link><item><title>Library vote</title>"
                + "<link>https://wire.example/vote</link><description>&lt;p&gt;Lakeside council voted to close the "
                + "old library on Monday.&lt;/p&gt;&lt;img src=\"https://pixel.example/p.gif\"&gt;</description>"
                + "</item></channel></rss>");
        Files.writeString(in.resolve("feed.atom"), "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Ledger</title><entry><title>Vote on library</title><link rel=\"alternate\" "
                + "href=\"https://ledger.example/atom-vote\"/><id>tag:ledger,2026:1</id><content type=\"html\">"
                + "&lt;p&gt;The council voted to close the library, nine to two.&lt;/p&gt;</content></entry></feed>");
        String store = dir.resolve("store").toString();
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> attempts;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            attempts = recordingNetwork(() -> {
                assertEquals(0, DossierCommand.execute("ingest", in.toString(), "--store", store));
                assertEquals(0, DossierCommand.execute("stories", "--store", store));
                assertEquals(0, DossierCommand.execute("search", "library", "--store", store, "--format", "json"));
                for (String format : List.of("text", "md", "json", "html")) {
                    assertEquals(0, DossierCommand.execute("brief", in.toString(), "--format", format, "-q"));
                }
            });
        } finally {
            System.setErr(oldErr);
        }
        String log = err.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("read 8, stored 8"), "every reader produced its article: " + log);
        assertTrue(attempts.isEmpty(), "network attempts: " + attempts);
    }

    /** A WARC file holding one HTTP response record with {@code html}, written by hand. */
    private static byte[] warc(String uri, String html) {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\n\r\n";
        byte[] block = new byte[http.length() + body.length];
        System.arraycopy(http.getBytes(StandardCharsets.US_ASCII), 0, block, 0, http.length());
        System.arraycopy(body, 0, block, http.length(), body.length);
        String header = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri + "\r\n"
                + "WARC-Date: 2026-03-09T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:6f1e2d3c-0000-4000-8000-000000000001>\r\n"
                + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + block.length + "\r\n\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(header.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(block);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** Runs {@code work} with stdout discarded, returning every non-loopback network attempt it made. */
    @SuppressWarnings("removal")
    private static List<String> recordingNetwork(Runnable work) {
        List<String> attempts = new CopyOnWriteArrayList<>();
        SecurityManager previous = System.getSecurityManager();
        PrintStream oldOut = System.out;
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                if (perm instanceof java.net.SocketPermission && !isLoopback(perm.getName())
                        || perm instanceof java.net.URLPermission) {
                    attempts.add(perm.toString());
                }
            }

            @Override
            public void checkConnect(String host, int port) {
                if (!isLoopback(host)) {
                    attempts.add("connect " + host + ":" + port);
                }
            }

            @Override
            public void checkConnect(String host, int port, Object context) {
                checkConnect(host, port);
            }

            @Override
            public void checkListen(int port) {
                attempts.add("listen " + port);
            }
        });
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            work.run();
        } finally {
            System.setSecurityManager(previous);
            System.setOut(oldOut);
        }
        return attempts;
    }

    private static boolean isLoopback(String hostAndPort) {
        String host = hostAndPort.replaceFirst(":[0-9-]*$", "");
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1")
                || host.equals("0:0:0:0:0:0:0:1");
    }
}
