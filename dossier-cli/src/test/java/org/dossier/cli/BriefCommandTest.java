package org.dossier.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefCommandTest {
    private static final String ARTICLE_A = "Ferry strike halts island crossings\n"
            + "Dock workers at the port of Calloway walked off the job on Tuesday, halting all ferry crossings to "
            + "the Merrow islands for the first time in nine years.\n\n"
            + "The union said the strike would last until the port authority restored the night-shift bonus. "
            + "About 4,000 passengers were stranded on the first day, the port authority said.\n";
    private static final String ARTICLE_B = "Islanders stranded as dock workers strike\n"
            + "Ferry crossings to the Merrow islands stopped on Tuesday after dock workers at Calloway went on strike "
            + "over the night-shift bonus.\n\n"
            + "Roughly 4,000 passengers could not travel on the first day of the strike, according to the port "
            + "authority. Shops on the islands said fresh food would run short by the weekend.\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private int run(String... args) {
        return DossierCommand.execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void briefsAFolderAndCitesSources() throws IOException {
        write("a.txt", ARTICLE_A);
        write("b.txt", ARTICLE_B);
        int code = run("brief", dir.toString(), "--words", "60");
        assertEquals(0, code, stderr());
        assertTrue(stdout().contains("[1]") || stdout().contains("[2]"), stdout());
        assertEquals("", stderr());
    }

    @Test
    void missingPathIsOneLineAndExitCodeOne() {
        int code = run("brief", dir.resolve("nope.txt").toString());
        assertEquals(1, code);
        assertOneCleanErrorLine("no such file");
    }

    @Test
    void emptyFileIsAnInputError() throws IOException {
        Path empty = write("empty.txt", "");
        assertEquals(1, run("brief", empty.toString()));
        assertTrue(stderr().contains("empty file"), stderr());
        assertFalse(stderr().contains("Exception"), stderr());
    }

    @Test
    void binaryFileIsAnInputError() throws IOException {
        Path bin = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1, 2, 3});
        assertEquals(1, run("brief", bin.toString()));
        assertTrue(stderr().contains("binary"), stderr());
    }

    @Test
    void unknownExtensionIsReported() throws IOException {
        Path pdf = write("report.pdf", "%PDF-1.4");
        assertEquals(1, run("brief", pdf.toString()));
        assertTrue(stderr().contains("unsupported file type '.pdf'"), stderr());
    }

    @Test
    void badFileAmongGoodOnesIsSkippedAndReported() throws IOException {
        write("a.txt", ARTICLE_A);
        write("b.txt", ARTICLE_B);
        write("c.txt", "");
        int code = run("brief", dir.toString());
        assertEquals(0, code);
        assertTrue(stderr().contains("skipped") && stderr().contains("c.txt"), stderr());
        assertFalse(stdout().isBlank());
    }

    @Test
    void htmlWithoutAnArticleIsReported() throws IOException {
        Path page = write("menu.html", "<html><head><title>Valley Post</title></head><body><nav><ul>"
                + "<li><a href='/'>Home</a></li><li><a href='/world'>World</a></li></ul></nav>"
                + "<footer>(c) Valley Post</footer></body></html>");
        assertEquals(1, run("brief", page.toString()));
        assertTrue(stderr().contains("no article text found"), stderr());
        assertFalse(stderr().contains("Exception"), stderr());
    }

    @Test
    void jsonFormatFromOutputExtension() throws IOException {
        write("a.txt", ARTICLE_A);
        write("b.txt", ARTICLE_B);
        Path target = dir.resolve("briefing.json");
        assertEquals(0, run("brief", dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                "-o", target.toString()));
        String json = Files.readString(target);
        assertTrue(json.contains("\"schemaVersion\"") && json.contains("\"citations\""), json);
    }

    @Test
    void fullBriefingByDefaultAndSummaryOnlyOnRequest() throws IOException {
        Path a = write("a.txt", ARTICLE_A);
        Path b = write("b.txt", ARTICLE_B);
        assertEquals(0, run("brief", a.toString(), b.toString(), "--format", "json"), stderr());
        String full = stdout();
        assertFalse(full.contains("\"entities\": []"), "both articles name Merrow and Calloway: " + full);
        out.reset();
        assertEquals(0, run("brief", a.toString(), b.toString(), "--format", "json", "--summary-only"), stderr());
        String summaryOnly = stdout();
        for (String field : List.of("events", "timeline", "quotes", "entities", "agreements", "discrepancies")) {
            assertTrue(summaryOnly.contains("\"" + field + "\": []"), field + " must be written, empty: " + summaryOnly);
        }
        assertEquals(summaryPart(full), summaryPart(summaryOnly), "the analysis never changes the summary");
    }

    /** The JSON from the start to the end of the summary array. */
    private static String summaryPart(String json) {
        return json.substring(0, json.indexOf("\"events\""));
    }

    @Test
    void sectionsChooseWhatIsAnalysed() throws IOException {
        Path a = write("a.txt", ARTICLE_A);
        Path b = write("b.txt", ARTICLE_B);
        assertEquals(0, run("brief", a.toString(), b.toString(), "--format", "json", "--sections", "entities"),
                stderr());
        String json = stdout();
        assertTrue(json.contains("\"events\": []") && json.contains("\"quotes\": []"), json);
        assertFalse(json.contains("\"entities\": []"), json);
    }

    @Test
    void unknownSectionOrBothSectionOptionsAreUsageErrors() throws IOException {
        Path a = write("a.txt", ARTICLE_A);
        assertEquals(2, run("brief", a.toString(), "--sections", "events,gossip"));
        assertTrue(stderr().contains("gossip") && stderr().contains("valid sections"), stderr());
        err.reset();
        assertEquals(2, run("brief", a.toString(), "--sections", "events", "--summary-only"));
        assertTrue(stderr().contains("--summary-only"), stderr());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("brief", "--colour", "x.txt"));
        assertTrue(stderr().startsWith("dossier: "), stderr());
        assertFalse(stderr().contains("Exception"), stderr());
    }

    @Test
    void nonPositiveBudgetIsAUsageError() throws IOException {
        Path a = write("a.txt", ARTICLE_A);
        assertEquals(2, run("brief", a.toString(), "--words", "0"));
        assertTrue(stderr().contains("--words"), stderr());
    }

    @Test
    void unknownFormatIsAUsageError() throws IOException {
        Path a = write("a.txt", ARTICLE_A);
        assertEquals(2, run("brief", a.toString(), "--format", "pdf"));
        assertTrue(stderr().contains("pdf"), stderr());
    }

    @Test
    void noInputIsAUsageError() {
        assertEquals(2, run("brief"));
    }

    @Test
    void writesOutputFile() throws IOException {
        Path a = write("a.txt", ARTICLE_A);
        Path target = dir.resolve("briefing.txt");
        assertEquals(0, run("brief", a.toString(), "-o", target.toString()));
        assertTrue(Files.readString(target).contains("[1]"));
        assertEquals("", stdout());
    }

    @Test
    void outputIntoMissingFolderIsAnError() throws IOException {
        Path a = write("a.txt", ARTICLE_A);
        assertEquals(1, run("brief", a.toString(), "-o", dir.resolve("no/such/dir/out.txt").toString()));
        assertOneCleanErrorLine("no such folder");
    }

    @Test
    void helpAndVersionExitZero() {
        assertEquals(0, run("--help"));
        assertTrue(stdout().contains("brief"));
        assertEquals(0, run("brief", "--help"));
        assertTrue(stdout().contains("--words"));
        assertEquals(0, run("--version"));
    }

    private void assertOneCleanErrorLine(String expected) {
        String e = stderr().strip();
        assertTrue(e.contains(expected), e);
        assertFalse(e.contains("Exception"), e);
        assertFalse(e.contains("\tat "), e);
    }
}
