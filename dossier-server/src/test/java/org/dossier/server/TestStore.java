package org.dossier.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The store the server tests serve, built once per test run in a temporary folder: the repository's example
 * stories ({@code examples/harbour-talks}, {@code examples/tiny}) plus one hostile article written here, whose
 * title, outlet, text and URL try every usual way of running script in a page.
 */
final class TestStore {
    /** What a hostile script would set if it ran; the browser test checks it is absent. */
    static final String PWNED = "pwned";

    /** A fictional article whose every field is an attack. */
    static final String HOSTILE_JSONL = "{\"id\":\"hostile-1\","
            + "\"title\":\"<script>document.title='" + PWNED + "';window." + PWNED + "=1</script>Ferry crews in "
            + "Ostmark <img src=x onerror=\\\"window." + PWNED + "=2\\\"> stop work\","
            + "\"source\":\"<b onmouseover=\\\"window." + PWNED + "=3\\\">Quayside Ledger</b>\","
            + "\"author\":\"\\\" onfocus=\\\"window." + PWNED + "=4\","
            + "\"url\":\"javascript:document.title='" + PWNED + "'\","
            + "\"date\":\"2025-04-02\","
            + "\"text\":\"Ferry crews in Ostmark stopped work on Wednesday morning <script>window." + PWNED
            + "=5</script> over a dispute about night-shift pay, leaving hundreds of passengers stranded at the "
            + "terminal.\\n\\nThe crews' union said the stoppage would last until Friday <img src=x onerror="
            + "\\\"window." + PWNED + "=6\\\"> unless the operator reopened talks.\\n\\nThe operator, Ostmark "
            + "Ferries, said it had offered a 4 percent rise and called the walkout <a href=\\\"javascript:"
            + "window." + PWNED + "=7\\\">unnecessary</a>.\\n\\nPassengers were offered seats on the afternoon "
            + "coach to Lindport, a journey of about three hours.\"}\n";

    private static Path dir;

    private TestStore() {
    }

    /** The store folder, built on first use; skips the calling test when the examples are not found. */
    static synchronized Path dir() {
        Path root = SampleStore.examplesRoot();
        assumeTrue(root != null, "examples/ not found above " + Path.of("").toAbsolutePath());
        if (dir == null) {
            try {
                Path tmp = Files.createTempDirectory("dossier-server-test");
                Path hostile = tmp.resolve("hostile.jsonl");
                Files.writeString(hostile, HOSTILE_JSONL, StandardCharsets.UTF_8);
                Path store = tmp.resolve("store");
                SampleStore.build(store, List.of(root.resolve("examples/harbour-talks").toString(),
                        root.resolve("examples/tiny").toString(), hostile.toString()));
                dir = store;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
