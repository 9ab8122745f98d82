package org.dossier.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the attribution annotations of one PolNeAR article (brat standoff format).
 *
 * <p>A {@code .ann} file holds text-bound annotations, one per line: {@code T3<TAB>Content 115 290<TAB>words}
 * (labels {@code Source}, {@code Cue}, {@code Content}; a discontinuous span lists its fragments separated by
 * {@code ;}), and events that tie them into one attribution:
 * {@code E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1}. An attribution whose source the text does not give
 * is an {@code Attribution-no-source} event without a {@code Source} role.
 */
public final class BratAttributions {
    /**
     * One annotated attribution.
     *
     * @param content fragments of the attributed words, each {@code [start, end)}
     * @param source  fragments of the source mention, empty when the text gives none
     * @param cue     fragments of the cue
     */
    public record Gold(List<int[]> content, List<int[]> source, List<int[]> cue) {
        /** Characters of content. */
        public int contentLength() {
            return length(content);
        }
    }

    private BratAttributions() {
    }

    /** The attributions of one {@code .ann} file, in file order. */
    public static List<Gold> read(Path ann) throws IOException {
        Map<String, List<int[]>> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (cols[0].startsWith("T")) {
                String info = cols[1];
                int space = info.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                List<int[]> fragments = new ArrayList<>();
                for (String frag : info.substring(space + 1).split(";")) {
                    String[] se = frag.trim().split(" ");
                    fragments.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
                }
                spans.put(cols[0], fragments);
            } else if (cols[0].startsWith("E")) {
                events.add(cols[1].split(" "));
            }
        }
        List<Gold> out = new ArrayList<>();
        for (String[] roles : events) {
            List<int[]> content = null;
            List<int[]> source = List.of();
            List<int[]> cue = List.of();
            for (String role : roles) {
                int colon = role.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = role.substring(0, colon);
                List<int[]> span = spans.get(role.substring(colon + 1));
                if (span == null) {
                    continue;
                }
                if (name.startsWith("Content")) {
                    content = span;
                } else if (name.startsWith("Source")) {
                    source = span;
                } else if (name.startsWith("Cue")) {
                    cue = span;
                }
            }
            if (content != null) {
                out.add(new Gold(content, source, cue));
            }
        }
        return out;
    }

    /** Total characters of a list of fragments. */
    public static int length(List<int[]> fragments) {
        int n = 0;
        for (int[] f : fragments) {
            n += f[1] - f[0];
        }
        return n;
    }

    /** Characters shared by two lists of fragments. */
    public static int overlap(List<int[]> a, List<int[]> b) {
        int n = 0;
        for (int[] x : a) {
            for (int[] y : b) {
                n += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
            }
        }
        return n;
    }
}
