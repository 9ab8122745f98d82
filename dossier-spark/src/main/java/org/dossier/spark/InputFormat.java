package org.dossier.spark;

import java.util.Locale;

/** The kinds of input the job reads, told apart by the path's ending unless the user says. */
public enum InputFormat {
    /**
     * One JSON object per line ({@code .jsonl}, {@code .json}, also gzipped), with the fields {@code JsonLinesReader}
     * accepts.
     */
    JSONL,
    /** Web archives ({@code .warc}, {@code .warc.gz}), as Common Crawl's news crawl publishes them. */
    WARC,
    /** Parquet files or folders of them, with the same column names as the JSON fields. */
    PARQUET;

    /** The format of a path by its ending: WARC and Parquet by name, everything else JSON lines. */
    public static InputFormat guess(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.endsWith(".warc") || p.endsWith(".warc.gz") || p.endsWith(".arc.gz") && p.contains("warc")) {
            return WARC;
        }
        if (p.endsWith(".parquet") || p.endsWith(".pq")) {
            return PARQUET;
        }
        return JSONL;
    }
}
