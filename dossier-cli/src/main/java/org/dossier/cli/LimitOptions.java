package org.dossier.cli;

import org.dossier.read.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The input limits as command-line options, shared by {@code brief} and {@code ingest} so both read hostile input
 * the same way. Each option changes one field of {@link Limits}; the defaults are {@link Limits#defaults()}, and
 * {@code docs/reliability.md} explains each.
 */
final class LimitOptions {

    @Option(names = "--max-file-size", paramLabel = "SIZE",
            description = "Skip files read whole that are larger (default: 50MB; e.g. 200KB, 1GB).")
    String maxFileSize;

    @Option(names = "--max-gzip-size", paramLabel = "SIZE",
            description = "Stop a gzip stream that inflates past this (default: 4GB).")
    String maxGzipSize;

    @Option(names = "--max-gzip-ratio", paramLabel = "N",
            description = "Stop a gzip stream that inflates more than N times its size (default: 100).")
    Integer maxGzipRatio;

    @Option(names = "--max-article-chars", paramLabel = "N",
            description = "Cut longer article texts at a paragraph break, with a note (default: 500000).")
    Integer maxArticleChars;

    @Option(names = "--max-html-depth", paramLabel = "N",
            description = "Skip HTML nested deeper (default: 1000).")
    Integer maxHtmlDepth;

    @Option(names = "--max-line-length", paramLabel = "N",
            description = "Skip JSON lines with more characters (default: 16777216).")
    Integer maxLineLength;

    @Option(names = "--any-language",
            description = "Keep articles that are not in English (default: skip them with a report).")
    boolean anyLanguage;

    /**
     * The limits asked for, on top of {@code base}.
     *
     * @throws CommandLine.ParameterException (exit 2) for a value that is not a size or not positive
     */
    Limits limits(CommandLine commandLine, Limits base) {
        try {
            Limits.Builder b = base.toBuilder();
            if (maxFileSize != null) {
                b.maxFileBytes(Limits.parseSize(maxFileSize));
            }
            if (maxGzipSize != null) {
                b.maxDecompressedBytes(Limits.parseSize(maxGzipSize));
            }
            if (maxGzipRatio != null) {
                b.maxCompressionRatio(maxGzipRatio);
            }
            if (maxArticleChars != null) {
                b.maxArticleChars(maxArticleChars);
            }
            if (maxHtmlDepth != null) {
                b.maxHtmlDepth(maxHtmlDepth);
            }
            if (maxLineLength != null) {
                b.maxLineChars(maxLineLength);
            }
            if (anyLanguage) {
                b.englishOnly(false);
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            // Limits names its fields; the user typed options.
            String message = e.getMessage()
                    .replace("maxFileBytes", "--max-file-size").replace("maxDecompressedBytes", "--max-gzip-size")
                    .replace("maxCompressionRatio", "--max-gzip-ratio").replace("maxArticleChars", "--max-article-chars")
                    .replace("maxHtmlDepth", "--max-html-depth").replace("maxLineChars", "--max-line-length");
            throw new CommandLine.ParameterException(commandLine, message);
        }
    }
}
