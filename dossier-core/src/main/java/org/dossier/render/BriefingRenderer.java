package org.dossier.render;

import java.io.IOException;
import org.dossier.model.Briefing;

/** Writes a briefing in one output format. */
public interface BriefingRenderer {

    /** Writes {@code briefing} to {@code out}. */
    void render(Briefing briefing, Appendable out) throws IOException;

    /** Renders to a string. */
    default String render(Briefing briefing) {
        StringBuilder sb = new StringBuilder();
        try {
            render(briefing, sb);
        } catch (IOException e) {
            throw new IllegalStateException("StringBuilder does not throw", e);
        }
        return sb.toString();
    }
}
