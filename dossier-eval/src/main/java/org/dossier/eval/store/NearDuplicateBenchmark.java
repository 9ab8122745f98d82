package org.dossier.eval.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.clean.ScrapedTextCleaner;
import org.dossier.eval.GateLine;
import org.dossier.eval.stream.NearDuplicateSet;
import org.dossier.eval.stream.NearDuplicateSet.Variant;
import org.dossier.store.NearDuplicatePolicy;
import org.dossier.store.Shingles;

/**
 * Precision and recall of near-duplicate links on the labelled {@link NearDuplicateSet}: every pair is cleaned as
 * the store cleans articles and judged by {@link NearDuplicatePolicy}, once with the text condition alone (the rule
 * before the distinctive-content and opening conditions) and once with the whole rule.
 *
 * <pre>java -cp ... org.dossier.eval.store.NearDuplicateBenchmark [BASES [SEED]]</pre>
 */
public final class NearDuplicateBenchmark {
    /** Least precision and recall of the whole rule for the gate to pass. */
    public static final double MIN_PRECISION = 0.99;
    public static final double MIN_RECALL = 0.98;

    /**
     * Links made per variant, and the totals.
     *
     * @param linked    pairs of each variant judged near-duplicates
     * @param pairs     pairs of each variant
     * @param precision links that join a copy to its base, of all links
     * @param recall    copies linked, of all copies
     */
    public record Result(Map<Variant, Integer> linked, Map<Variant, Integer> pairs, double precision,
                         double recall) {
        String breakdown() {
            StringBuilder out = new StringBuilder();
            for (Variant v : Variant.values()) {
                out.append(out.length() == 0 ? "" : ", ").append(v.name().toLowerCase(Locale.ROOT)).append(' ')
                        .append(linked.getOrDefault(v, 0)).append('/').append(pairs.getOrDefault(v, 0));
            }
            return out.toString();
        }
    }

    /** Both rules on one set. */
    public record Report(int pairs, Result textOnly, Result whole) {
        public boolean passed() {
            return whole.precision() >= MIN_PRECISION && whole.recall() >= MIN_RECALL;
        }

        public GateLine gateLine() {
            return new GateLine("near-duplicates", String.format(Locale.ROOT,
                    "%d labelled pairs; whole rule P %.3f R %.3f (linked: %s); text condition alone P %.3f R %.3f "
                            + "(linked: %s)", pairs, whole.precision(), whole.recall(), whole.breakdown(),
                    textOnly.precision(), textOnly.recall(), textOnly.breakdown()), passed());
        }
    }

    private NearDuplicateBenchmark() {
    }

    public static Report run(int bases, long seed) {
        List<NearDuplicateSet.Pair> set = NearDuplicateSet.generate(bases, seed);
        ScrapedTextCleaner cleaner = new ScrapedTextCleaner();
        Map<Variant, Integer> pairs = new EnumMap<>(Variant.class);
        Map<Variant, Integer> textLinked = new EnumMap<>(Variant.class);
        Map<Variant, Integer> wholeLinked = new EnumMap<>(Variant.class);
        for (NearDuplicateSet.Pair pair : set) {
            Shingles.Profile a = Shingles.profile(cleaner.clean(pair.base()).text());
            Shingles.Profile b = Shingles.profile(cleaner.clean(pair.variant()).text());
            pairs.merge(pair.kind(), 1, Integer::sum);
            if (NearDuplicatePolicy.isNearDuplicate(a.all(), b.all())) {
                textLinked.merge(pair.kind(), 1, Integer::sum);
            }
            if (NearDuplicatePolicy.isNearDuplicate(a, b)) {
                wholeLinked.merge(pair.kind(), 1, Integer::sum);
            }
        }
        return new Report(set.size(), result(textLinked, pairs), result(wholeLinked, pairs));
    }

    private static Result result(Map<Variant, Integer> linked, Map<Variant, Integer> pairs) {
        int truePositives = 0;
        int links = 0;
        int copies = 0;
        for (Variant v : Variant.values()) {
            int l = linked.getOrDefault(v, 0);
            links += l;
            if (v.isCopy()) {
                truePositives += l;
                copies += pairs.getOrDefault(v, 0);
            }
        }
        return new Result(linked, pairs, links == 0 ? 1 : (double) truePositives / links,
                copies == 0 ? 1 : (double) truePositives / copies);
    }

    public static void main(String[] args) {
        int bases = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        run(bases, seed).gateLine().print();
    }
}
