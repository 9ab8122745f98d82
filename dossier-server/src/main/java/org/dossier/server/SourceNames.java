package org.dossier.server;

import org.dossier.model.SourceRef;

/** How a source is named in short: its outlet, else its byline, else its title, else its id. */
final class SourceNames {
    private SourceNames() {
    }

    static String shortName(SourceRef s) {
        for (String candidate : new String[] {s.outlet(), s.byline(), s.title()}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return s.id();
    }
}
