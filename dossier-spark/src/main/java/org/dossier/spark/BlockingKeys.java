package org.dossier.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dossier.store.MinHash;

/**
 * The LSH keys under which an article looks for story neighbours: MinHash over the set of its strongest features.
 *
 * <p>The set is the article's {@link BlockingSettings#topFeatures()} terms and names with the highest TF-IDF
 * against the whole input ({@link GlobalFrequencies}): the invented town, the people, the rare words of the event
 * rather than "said" or "police". Two reports of one event share several of them; two strikes in two towns share
 * the generic ones, which TF-IDF pushes out of the set. Features found in one article only are left out (they
 * cannot link it to anything). Reported days are left out too: everything published on a Monday shares "Monday".
 *
 * <p>The MinHash signature is the store's ({@link MinHash#signature}, 64 positions), cut into bands of
 * {@link BlockingSettings#rows()} rows: two articles share a band with probability {@code 1 - (1 - J^r)^b} for a
 * Jaccard similarity {@code J} of their sets. Keys are plain longs (band number mixed with the band's values).
 */
final class BlockingKeys {
    private BlockingKeys() {
    }

    /** The band keys of an article; empty when it has no feature shared with another article. */
    static long[] of(FeatureCounts features, GlobalFrequencies df, BlockingSettings settings) {
        List<String> top = strongest(features, df, settings.topFeatures());
        if (top.isEmpty()) {
            return new long[0];
        }
        long[] hashes = new long[top.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = hash(top.get(i));
        }
        long[] signature = MinHash.signature(hashes);
        int bands = MinHash.HASHES / settings.rows();
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long h = mix(b + 1L);
            for (int r = 0; r < settings.rows(); r++) {
                h = mix(h * 31 + signature[b * settings.rows() + r]);
            }
            keys[b] = h;
        }
        return keys;
    }

    /** The {@code k} terms and names of highest TF-IDF, shared with at least one other article. */
    static List<String> strongest(FeatureCounts features, GlobalFrequencies df, int k) {
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        double n = Math.max(2, df.documents());
        score(features.terms(), FeatureCounts.TERM, df, n, scored);
        score(features.names(), FeatureCounts.NAME, df, n, scored);
        scored.sort((a, b) -> {
            int c = Double.compare(b.getValue(), a.getValue());
            return c != 0 ? c : a.getKey().compareTo(b.getKey());
        });
        List<String> out = new ArrayList<>(k);
        for (int i = 0; i < scored.size() && out.size() < k; i++) {
            out.add(scored.get(i).getKey());
        }
        return out;
    }

    private static void score(Map<String, Integer> family, String prefix, GlobalFrequencies df, double n,
                              List<Map.Entry<String, Double>> out) {
        family.forEach((feature, tf) -> {
            String key = prefix + feature;
            int count = df.count(key);
            if (count >= 2) {
                out.add(Map.entry(key, tf * Math.log(n / count)));
            }
        });
    }

    /** A 64-bit hash of a feature: FNV-1a over its characters, then mixed so nearby strings land far apart. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
