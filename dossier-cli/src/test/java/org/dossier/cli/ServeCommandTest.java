package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dossier serve}'s refusals: each one line on stderr with the right exit code (the server itself is tested in dossier-server). */
class ServeCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void missingStoreIsOneLine() {
        assertEquals(1, DossierCommand.execute("serve", "--store", dir.resolve("none").toString(), "--port", "0"));
        assertEquals("dossier: no store at " + dir.resolve("none") + " (create one with 'dossier ingest PATH...')\n",
                stderr());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, DossierCommand.execute("serve", "--port", "70000"));
        assertTrue(stderr().startsWith("dossier: --port must be 0..65535"), stderr());
        err.reset();
        assertEquals(2, DossierCommand.execute("serve", "--max-articles", "0"));
        assertTrue(stderr().startsWith("dossier: --max-articles must be at least 1"), stderr());
    }

    @Test
    void aTakenPortIsOneLine() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("note.txt"), "Ferry timetable changes\nThe winter ferry timetable starts on "
                + "Monday, with two fewer crossings a day, the operator said.");
        Path store = dir.resolve("store");
        assertEquals(0, DossierCommand.execute("ingest", in.toString(), "--store", store.toString(), "-q"));
        err.reset();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = DossierCommand.execute("serve", "--store", store.toString(), "--port",
                    Integer.toString(taken.getLocalPort()));
            assertEquals(1, code);
            assertTrue(stderr().startsWith("dossier: cannot listen on 127.0.0.1:" + taken.getLocalPort()), stderr());
            assertEquals(1, stderr().lines().count(), stderr());
            assertFalse(stderr().contains("Exception"), stderr());
        }
    }
}
