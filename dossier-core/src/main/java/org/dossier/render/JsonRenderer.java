package org.dossier.render;

import java.io.IOException;
import java.io.Reader;
import org.dossier.model.Briefing;

/**
 * Renders a briefing as pretty-printed JSON: the machine-readable contract for the web page and API.
 *
 * <p>The format (camelCase field names taken from the model records, {@code "schemaVersion": 1},
 * {@code "generator": "dossier"}, ISO dates, nulls for unknown values) is defined by {@link BriefingJson}, which
 * also reads it back; {@link #read(String)} is here so that the renderer and its inverse are found together.
 */
public final class JsonRenderer implements BriefingRenderer {

    @Override
    public void render(Briefing briefing, Appendable out) throws IOException {
        BriefingJson.write(briefing, out);
    }

    /** Parses JSON written by this renderer back into a briefing; see {@link BriefingJson#read(String)}. */
    public static Briefing read(String json) throws BriefingJsonException {
        return BriefingJson.read(json);
    }

    /** Parses JSON written by this renderer from a reader (not closed); see {@link BriefingJson#read(Reader)}. */
    public static Briefing read(Reader in) throws IOException {
        return BriefingJson.read(in);
    }
}
