package org.dossier.render;

/** TEMPORARY until the renderers land. */
public final class Renderers {
    private Renderers() {
    }

    public static BriefingRenderer forFormat(String name) {
        if (!name.equals("text")) {
            throw new IllegalArgumentException("unknown format '" + name + "' (expected text)");
        }
        return (b, out) -> {
            out.append(b.headline()).append("\n\n");
            for (var s : b.summary()) {
                out.append(s.text());
                for (var c : s.citations()) out.append("[").append(String.valueOf(c.source())).append("]");
                out.append("\n");
            }
        };
    }

    public static String formatForFileName(String file) {
        return "text";
    }
}
