package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dossier must never touch the network at run time: no telemetry, no model download, no DNS lookup. A security
 * manager records every connect, resolve and listen attempt while the whole brief pipeline runs in every format.
 */
class NoNetworkTest {

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("removal")
    void briefMakesNoNetworkConnection() throws IOException {
        Files.writeString(dir.resolve("page.html"), "<html><head><title>Council vote</title>"
                + "<meta property='og:site_name' content='Lakeside Ledger'>"
                + "<link rel='stylesheet' href='https://cdn.example.com/x.css'></head><body>"
                + "<img src='http://tracker.example.net/pixel.gif'>"
                + "<article><p>The council of Lakeside voted on Monday to close the old library, ending a debate "
                + "that had lasted four years.</p><p>Nine members voted for the plan and two against it, the clerk "
                + "said after the meeting.</p></article></body></html>");
        Files.writeString(dir.resolve("b.jsonl"), "{\"id\":\"x\",\"title\":\"Library to close\",\"text\":"
                + "\"Lakeside's council voted nine to two on Monday to close the old library.\","
                + "\"url\":\"https://news.example.org/library\"}\n");
        List<String> attempts = new CopyOnWriteArrayList<>();
        SecurityManager previous = System.getSecurityManager();
        PrintStream oldOut = System.out;
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                if (perm instanceof java.net.SocketPermission
                        || perm instanceof java.net.URLPermission) {
                    attempts.add(perm.toString());
                }
            }

            @Override
            public void checkConnect(String host, int port) {
                attempts.add("connect " + host + ":" + port);
            }

            @Override
            public void checkConnect(String host, int port, Object context) {
                attempts.add("connect " + host + ":" + port);
            }

            @Override
            public void checkListen(int port) {
                attempts.add("listen " + port);
            }
        });
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            for (String format : List.of("text", "md", "json", "html")) {
                assertEquals(0, DossierCommand.execute("brief", dir.toString(), "--format", format, "-q"));
            }
        } finally {
            System.setSecurityManager(previous);
            System.setOut(oldOut);
        }
        assertTrue(attempts.isEmpty(), "network attempts: " + attempts);
    }
}
