package org.dossier.store;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Verifies a closed store with Lucene's {@link CheckIndex}: every segment of the last commit is read back and its
 * checksums, postings, stored fields and doc values are checked. Used after crash trials; a store that passes is
 * one that opens and answers correctly.
 */
public final class StoreCheck {
    private StoreCheck() {
    }

    /**
     * The result of a check.
     *
     * @param clean    whether the index has no problem
     * @param articles live articles in the last commit
     * @param summary  one line for people
     */
    public record Result(boolean clean, long articles, String summary) {
    }

    /** Checks the store in {@code dir}, which must not be open for writing. */
    public static Result check(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new Result(false, 0, "no store at " + dir);
        }
        try (Directory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                // A process killed while creating the store, before its first commit: nothing was acknowledged,
                // and the next open starts an empty store.
                return new Result(true, 0, "clean: no commit yet (empty store)");
            }
        }
        try (Directory directory = FSDirectory.open(dir); CheckIndex checker = new CheckIndex(directory)) {
            checker.setChecksumsOnly(false);
            CheckIndex.Status status = checker.checkIndex();
            long live = status.segmentInfos.stream().mapToLong(s -> s.maxDoc - (s.liveDocStatus == null ? 0 : s.liveDocStatus.numDeleted))
                    .sum();
            String summary = status.clean
                    ? "clean: " + status.numSegments + " segments, " + live + " articles"
                    : "PROBLEMS: " + (status.missingSegments ? "missing segments file" : "broken segments "
                    + status.segmentInfos.stream().filter(s -> s.error != null).map(s -> s.name).toList());
            return new Result(status.clean, live, summary);
        }
    }

    /** {@code StoreCheck DIR}: prints the summary; exit code 0 when clean, 1 otherwise. */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        Result r = check(Path.of(args.length > 0 ? args[0] : ArticleStore.DEFAULT_DIR.toString()));
        out.println(r.summary());
        System.exit(r.clean() ? 0 : 1);
    }
}
