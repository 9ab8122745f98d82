package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the sample output in the README true: the command it shows must print exactly the block below it. */
class ReadmeSampleTest {
    private static final Pattern SAMPLE = Pattern.compile("`\\./dossier (brief [^`]+)` prints:\\n\\n```\\n(.*?)```",
            Pattern.DOTALL);

    @Test
    void theReadmeSampleIsWhatTheCommandPrints() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve("README.md"))) {
            root = root.getParent();
        }
        assumeTrue(root != null && Files.isDirectory(root.resolve("examples")), "README.md not found");
        Matcher m = SAMPLE.matcher(Files.readString(root.resolve("README.md")));
        assertTrue(m.find(), "the README has a sample command and its output");
        List<String> args = new ArrayList<>();
        for (String arg : m.group(1).split(" ")) {
            args.add(arg.startsWith("examples/") ? root.resolve(arg).toString() : arg);
        }
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, DossierCommand.execute(args.toArray(String[]::new)));
        } finally {
            System.setOut(oldOut);
        }
        assertEquals(m.group(2), out.toString(StandardCharsets.UTF_8));
    }
}
