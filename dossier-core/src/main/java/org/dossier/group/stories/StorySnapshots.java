package org.dossier.group.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Writes and reads a {@link StoryClustererSnapshot} as JSON (one object). Doubles are written in their shortest
 * exact form, so a snapshot read back restores the very same numbers and therefore the same further assignments.
 */
public final class StorySnapshots {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StorySnapshots() {
    }

    public static void write(StoryClustererSnapshot snapshot, OutputStream out) throws IOException {
        JSON.writeValue(out, snapshot);
    }

    public static StoryClustererSnapshot read(InputStream in) throws IOException {
        StoryClustererSnapshot s = JSON.readValue(in, StoryClustererSnapshot.class);
        if (s.version() != StoryClustererSnapshot.VERSION && s.version() != 1) {
            throw new IOException("unsupported story snapshot version " + s.version());
        }
        return s;
    }

    /** The JSON text, for stores that keep it as a string field. */
    public static String toJson(StoryClustererSnapshot snapshot) throws IOException {
        return JSON.writeValueAsString(snapshot);
    }

    public static StoryClustererSnapshot fromJson(String json) throws IOException {
        StoryClustererSnapshot s = JSON.readValue(json, StoryClustererSnapshot.class);
        if (s.version() != StoryClustererSnapshot.VERSION && s.version() != 1) {
            throw new IOException("unsupported story snapshot version " + s.version());
        }
        return s;
    }
}
