package org.dossier.eval.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dossier.Dossier;
import org.dossier.eval.SharedData;
import org.dossier.eval.summaries.Cluster;
import org.dossier.eval.summaries.SummaryDataset;
import org.dossier.model.Briefing;
import org.dossier.model.Discrepancy;

/**
 * Briefs every cluster of a summarisation dataset and counts the discrepancies the compare stage shows, by kind
 * and verdict, printing each date discrepancy in full for a person to judge. A check of precision at scale: the
 * clusters are real coverage of real stories, where most differences between outlets are not conflicts.
 *
 * <pre>DiscrepancyScan [summarization/duc2006.jsonl] [--all]</pre>
 * {@code --all} prints every discrepancy, not only the date ones.
 * The path is relative to the shared data folder. Nothing is stored; the output goes to the console.
 */
public final class DiscrepancyScan {
    private DiscrepancyScan() {
    }

    public static void main(String[] args) throws IOException {
        boolean all = List.of(args).contains("--all");
        String relative = args.length > 0 && !args[0].startsWith("--") ? args[0] : "summarization/duc2006.jsonl";
        Path path = SharedData.resolve(relative).orElse(null);
        if (path == null) {
            System.err.println("DiscrepancyScan: " + relative + " not found under the shared data folder");
            System.exit(1);
        }
        Dossier dossier = Dossier.builder().build();
        Map<Discrepancy.Kind, int[]> counts = new EnumMap<>(Discrepancy.Kind.class);
        int clusters = 0;
        for (Cluster cluster : SummaryDataset.readAll(path)) {
            clusters++;
            Briefing briefing = dossier.brief(cluster.articles());
            for (Discrepancy d : briefing.discrepancies()) {
                int[] c = counts.computeIfAbsent(d.kind(), k -> new int[2]);
                c[d.verdict() == Discrepancy.Verdict.CONFLICTING ? 1 : 0]++;
                if (d.kind() == Discrepancy.Kind.DATE || all) {
                    System.out.println(cluster.id() + ": " + d.subject() + " (" + d.verdict().name().toLowerCase(java.util.Locale.ROOT) + ")");
                    for (Discrepancy.StatedValue v : d.values()) {
                        System.out.println("  " + v.value() + " " + List.copyOf(v.citations()).stream()
                                .map(x -> "[" + x.source() + "]").reduce("", String::concat));
                        String text = v.citations().get(0).text();
                        System.out.println("      " + text.substring(0, Math.min(220, text.length())));
                    }
                }
            }
        }
        System.out.println(clusters + " clusters");
        for (Discrepancy.Kind kind : Discrepancy.Kind.values()) {
            int[] c = counts.getOrDefault(kind, new int[2]);
            System.out.printf("%-17s %3d compatible, %3d conflicting%n", kind, c[0], c[1]);
        }
    }
}
