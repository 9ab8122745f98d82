package org.dossier.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Locates the evaluation data that lives outside the repository ({@code ../shared/data} beside the checkout).
 *
 * <p>The data is third-party material and never copied into the project; benchmarks and quality gates read it
 * from here and skip cleanly when it is absent. Set {@code DOSSIER_DATA} (or the system property
 * {@code dossier.data}) to point elsewhere.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The data folder, if it can be found: the override, else {@code shared/data} in the working folder or above. */
    public static Optional<Path> root() {
        String override = System.getProperty("dossier.data", System.getenv("DOSSIER_DATA"));
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A path inside the data folder, if the folder and that path exist. */
    public static Optional<Path> resolve(String relative) {
        return root().map(r -> r.resolve(relative)).filter(Files::exists);
    }
}
