package org.dossier.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dossier.analyse.quotes.Quote;
import org.dossier.analyse.quotes.QuoteExtractor;
import org.dossier.analyse.quotes.QuoteKind;
import org.dossier.analyse.quotes.TextSpan;
import org.dossier.eval.GateLine;
import org.dossier.eval.SharedData;

/**
 * Quality gate for {@link QuoteExtractor} on the PolNeAR development articles ({@code quotes/polnear-dev}).
 *
 * <p>Each article's text ({@code text/NAME.txt}, read whole, headline included, since the annotation offsets
 * count from the first character) is run through the extractor and compared with its annotation
 * ({@code attributions/NAME_XXXX.ann}; two articles were annotated by several people, and the first annotation
 * file in name order is used). Scoring follows the data README:
 * <ul>
 *   <li>a predicted quote <b>matches</b> a gold attribution when their contents overlap by at least half of the
 *       shorter one (direct quotes count their pieces without the marks; discontinuous gold spans count their
 *       fragments);</li>
 *   <li>the <b>speaker is right</b> when the predicted speaker mention overlaps the gold Source span (gold
 *       attributions without a source are left out of speaker accuracy).</li>
 * </ul>
 * The <b>direct quotes</b> of the gold are the attributions whose content is more than half inside quotation marks
 * ({@link QuotedCharacters}). Direct precision is over the extractor's {@link QuoteKind#DIRECT} quotes (right when
 * they match any gold attribution), direct recall over the gold direct quotes (found when any predicted quote
 * matches). The all-attributions figures compare every predicted quote with every gold attribution, and "with
 * speaker" also requires the right speaker.
 *
 * <p>Run: {@code java -cp ... org.dossier.eval.quotes.PolnearGate [polnearFolder]}.
 */
public final class PolnearGate {
    /** Where the data lives under the shared data folder. */
    public static final String DATA = "quotes/polnear-dev";
    static final double DIRECT_F1_MIN = 0.90;
    static final double SPEAKER_MIN = 0.85;
    static final double ALL_F1_MIN = 0.70;

    /**
     * Counts behind the figures.
     *
     * @param articles          articles scored
     * @param predictedDirect   direct quotes predicted
     * @param correctDirect     of those, how many match a gold attribution
     * @param goldDirect        gold direct quotes
     * @param foundDirect       of those, how many some prediction matches
     * @param speakerTotal      found gold direct quotes that have a gold source
     * @param speakerRight      of those, how many got the right speaker
     * @param predicted         all predicted quotes
     * @param correct           of those, how many match a gold attribution
     * @param correctWithSpeaker of those, how many also have the right speaker (or no speaker where gold has none)
     * @param gold              all gold attributions
     * @param found             of those, how many some prediction matches
     * @param foundWithSpeaker  of those, how many some prediction matches with the right speaker
     * @param millis            extraction time for all articles, warm
     */
    public record Report(int articles, int predictedDirect, int correctDirect, int goldDirect, int foundDirect,
                         int speakerTotal, int speakerRight, int predicted, int correct, int correctWithSpeaker,
                         int gold, int found, int foundWithSpeaker, double millis) {
        public double directPrecision() {
            return ratio(correctDirect, predictedDirect);
        }

        public double directRecall() {
            return ratio(foundDirect, goldDirect);
        }

        public double directF1() {
            return f1(directPrecision(), directRecall());
        }

        public double speakerAccuracy() {
            return ratio(speakerRight, speakerTotal);
        }

        public double allPrecision() {
            return ratio(correct, predicted);
        }

        public double allRecall() {
            return ratio(found, gold);
        }

        public double allF1() {
            return f1(allPrecision(), allRecall());
        }

        public double speakerF1() {
            return f1(ratio(correctWithSpeaker, predicted), ratio(foundWithSpeaker, gold));
        }

        public boolean passed() {
            return directF1() >= DIRECT_F1_MIN && speakerAccuracy() >= SPEAKER_MIN && allF1() >= ALL_F1_MIN;
        }

        /** The one summary line. */
        public GateLine line() {
            String figures = String.format(Locale.ROOT,
                    "%d articles, direct P/R/F1 %.3f/%.3f/%.3f (%d/%d, %d/%d), speaker accuracy %.3f (%d/%d), "
                            + "all P/R/F1 %.3f/%.3f/%.3f (%d/%d, %d/%d), all with speaker F1 %.3f, %.1f ms",
                    articles, directPrecision(), directRecall(), directF1(), correctDirect, predictedDirect,
                    foundDirect, goldDirect, speakerAccuracy(), speakerRight, speakerTotal, allPrecision(),
                    allRecall(), allF1(), correct, predicted, found, gold, speakerF1(), millis);
            return new GateLine("quotes-polnear", figures, passed());
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        private static double f1(double p, double r) {
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One article with its gold attributions. */
    record Item(String name, String text, List<BratAttributions.Gold> gold) {
    }

    private final QuoteExtractor extractor = new QuoteExtractor();

    /** Reads every article of {@code folder} that has an annotation. */
    public static List<Item> load(Path folder) throws IOException {
        Map<String, Path> annotations = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder.resolve("attributions"))) {
            for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
                String name = ann.getFileName().toString();
                String base = name.substring(0, name.lastIndexOf('_'));
                annotations.putIfAbsent(base, ann);
            }
        }
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, Path> e : annotations.entrySet()) {
            Path txt = folder.resolve("text").resolve(e.getKey() + ".txt");
            if (Files.exists(txt)) {
                items.add(new Item(e.getKey(), Files.readString(txt, StandardCharsets.UTF_8),
                        BratAttributions.read(e.getValue())));
            }
        }
        return items;
    }

    /** Scores the extractor on the loaded articles. */
    public Report run(List<Item> items) {
        for (Item it : items) { // warm-up, so that the timing below is the steady state
            extractor.extract(0, it.text());
        }
        long t0 = System.nanoTime();
        List<List<Quote>> predictions = new ArrayList<>();
        for (Item it : items) {
            predictions.add(extractor.extract(0, it.text()));
        }
        double millis = (System.nanoTime() - t0) / 1e6;
        int[] c = new int[12];
        for (int k = 0; k < items.size(); k++) {
            score(items.get(k), predictions.get(k), c, null);
        }
        return new Report(items.size(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11],
                millis);
    }

    /** Adds one article's counts to {@code c}; prints misses when {@code log} is not null. */
    static void score(Item it, List<Quote> predicted, int[] c, StringBuilder log) {
        QuotedCharacters quoted = QuotedCharacters.of(it.text());
        List<BratAttributions.Gold> gold = it.gold();
        for (Quote q : predicted) {
            List<int[]> pieces = pieces(q);
            BratAttributions.Gold best = bestMatch(pieces, gold);
            boolean direct = q.kind() == QuoteKind.DIRECT;
            c[0] += direct ? 1 : 0;
            c[1] += direct && best != null ? 1 : 0;
            c[6]++;
            c[7] += best != null ? 1 : 0;
            c[8] += best != null && speakerRight(q, best) ? 1 : 0;
            if (log != null && best == null) {
                log.append("  FP ").append(q.kind()).append(" [").append(speakerText(q)).append("] ")
                        .append(shorten(q.text())).append('\n');
            }
        }
        for (BratAttributions.Gold g : gold) {
            boolean isDirect = quoted.share(g.content()) > 0.5;
            Quote best = bestMatch(g, predicted);
            c[9]++;
            c[10] += best != null ? 1 : 0;
            boolean right = best != null && speakerRight(best, g);
            c[11] += right ? 1 : 0;
            if (isDirect) {
                c[2]++;
                c[3] += best != null ? 1 : 0;
                if (best != null && !g.source().isEmpty()) {
                    c[4]++;
                    c[5] += right ? 1 : 0;
                }
            }
            if (log != null && (best == null || !right)) {
                log.append(best == null ? "  FN " : "  SPK ").append(isDirect ? "direct " : "")
                        .append("{").append(spanText(it.text(), g.cue())).append("} ")
                        .append("[").append(spanText(it.text(), g.source())).append("] -> [")
                        .append(best == null ? "" : speakerText(best)).append("] ")
                        .append(shorten(spanText(it.text(), g.content()))).append('\n');
            }
        }
    }

    private static boolean speakerRight(Quote q, BratAttributions.Gold g) {
        TextSpan m = q.speaker().mention();
        if (g.source().isEmpty()) {
            return m == null;
        }
        return m != null && BratAttributions.overlap(List.<int[]>of(new int[] {m.start(), m.end()}), g.source()) > 0;
    }

    private static List<int[]> pieces(Quote q) {
        List<int[]> out = new ArrayList<>();
        for (TextSpan p : q.pieces()) {
            out.add(new int[] {p.start(), p.end()});
        }
        return out;
    }

    private static boolean matches(List<int[]> a, List<int[]> b) {
        int shorter = Math.min(BratAttributions.length(a), BratAttributions.length(b));
        return shorter > 0 && BratAttributions.overlap(a, b) * 2 >= shorter;
    }

    private static BratAttributions.Gold bestMatch(List<int[]> pieces, List<BratAttributions.Gold> gold) {
        BratAttributions.Gold best = null;
        int bestOverlap = 0;
        for (BratAttributions.Gold g : gold) {
            int o = BratAttributions.overlap(pieces, g.content());
            if (o > bestOverlap && matches(pieces, g.content())) {
                best = g;
                bestOverlap = o;
            }
        }
        return best;
    }

    private static Quote bestMatch(BratAttributions.Gold g, List<Quote> predicted) {
        Quote best = null;
        int bestOverlap = 0;
        for (Quote q : predicted) {
            List<int[]> p = pieces(q);
            int o = BratAttributions.overlap(p, g.content());
            if (o > bestOverlap && matches(p, g.content())) {
                best = q;
                bestOverlap = o;
            }
        }
        return best;
    }

    private static String speakerText(Quote q) {
        return q.speaker().mention() == null ? "-" : q.speaker().mention().text() + " => " + q.speaker().name();
    }

    private static String spanText(String text, List<int[]> fragments) {
        StringBuilder sb = new StringBuilder();
        for (int[] f : fragments) {
            sb.append(text, f[0], Math.min(f[1], text.length())).append(' ');
        }
        return sb.toString().trim();
    }

    private static String shorten(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 110 ? t.substring(0, 110) + "..." : t;
    }

    /** Prints the gate line; with {@code -v}, every miss (the article text stays on this machine). */
    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        Path folder = Stream.of(args).filter(a -> !a.startsWith("-")).findFirst().map(Path::of)
                .orElseGet(() -> SharedData.resolve(DATA).orElseThrow(
                        () -> new IllegalStateException("shared/data/" + DATA + " not found")));
        List<Item> items = load(folder);
        PolnearGate gate = new PolnearGate();
        Report report = gate.run(items);
        if (verbose) {
            for (Item it : items) {
                StringBuilder log = new StringBuilder();
                score(it, gate.extractor.extract(0, it.text()), new int[12], log);
                System.out.println(it.name());
                System.out.print(log);
            }
        }
        report.line().print();
    }
}
