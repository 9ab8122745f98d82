package org.dossier.spark;

/** What the job writes: JSON lines, Parquet, or both (each table in a {@code jsonl/} and a {@code parquet/} folder). */
public enum OutputFormat {
    JSONL, PARQUET, BOTH;

    boolean jsonl() {
        return this != PARQUET;
    }

    boolean parquet() {
        return this != JSONL;
    }
}
