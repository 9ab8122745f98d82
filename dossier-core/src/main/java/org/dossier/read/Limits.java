package org.dossier.read;

import java.util.Locale;

/**
 * The bounds Dossier puts on what strangers' pages can make it do: how big a file it reads, how far it lets a gzip
 * stream expand, how long an article or a JSON line may be, how deep HTML may nest, and how many articles one
 * briefing covers, and how long {@code ingest} spends on one article.
 *
 * <p>News is read unattended, so every input that can grow without bound is capped, and every cap says what
 * happened in one line that names the option that raises it ("too large (212 MB > limit 50 MB;
 * --max-file-size)"). Nothing is dropped silently: an input over a limit is skipped and reported, or kept cut down
 * with a note, as each limit's documentation says. {@code docs/reliability.md} lists them with their defaults.
 *
 * <pre>{@code
 * Limits limits = Limits.defaults().toBuilder().maxFileBytes(200L << 20).build();
 * new ArticleLoader().limits(limits).load(List.of("news/"));
 * }</pre>
 *
 * @param maxFileBytes         a file read whole ({@code .txt}, {@code .html}, {@code .json}, a {@code .jsonl} for
 *                             {@code brief}, standard input) larger than this is skipped without being read.
 *                             Streamed inputs ({@code ingest}'s WARC, feeds and JSON lines) have no file size
 *                             limit: they are read a record at a time
 * @param maxDecompressedBytes a gzip stream that inflates beyond this many bytes is stopped there: the whole
 *                             records read before are kept, the rest is skipped with a report
 * @param maxCompressionRatio  a gzip stream that has inflated more than {@link #RATIO_CHECK_FLOOR} bytes and more
 *                             than this many times its compressed size is a gzip bomb: stopped as above
 * @param maxArticleChars      an article whose text is longer is cut at the last paragraph (else sentence, else
 *                             word) break before the limit, kept, and reported with a note
 * @param maxHtmlDepth         an HTML page whose elements nest deeper than this (estimated by a linear scan before
 *                             parsing) is skipped: the parser's cost grows with depth times size
 * @param maxLineChars         a JSON line longer than this is skipped with a report (streamed readers never hold
 *                             more than this much of it)
 * @param maxArticlesPerBrief  a briefing covers at most this many articles: the most central ones (closest to the
 *                             story's common vocabulary) are kept, with a notice saying how many were left out
 * @param englishOnly          articles detected as another language are skipped with a report ("not English
 *                             (looks like German)"); when false they are kept, and briefed as well as an English
 *                             pipeline can
 * @param maxArticleSeconds    {@code ingest} skips an article whose cleaning and analysis take longer than this many
 *                             seconds, with a report, and goes on with a fresh worker thread: a page that sends the
 *                             cleaner into a pathological case must not stall an unattended ingest
 */
public record Limits(long maxFileBytes, long maxDecompressedBytes, int maxCompressionRatio, int maxArticleChars,
                     int maxHtmlDepth, int maxLineChars, int maxArticlesPerBrief, boolean englishOnly,
                     int maxArticleSeconds) {

    /** Default {@link #maxFileBytes}: 50 MB, a hundred times the largest news page seen in the evaluation data. */
    public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;
    /** Default {@link #maxDecompressedBytes}: 4 GB per gzip stream (large news JSON-lines dumps are that big). */
    public static final long DEFAULT_MAX_DECOMPRESSED_BYTES = 4L * 1024 * 1024 * 1024;
    /** Default {@link #maxCompressionRatio}: news text compresses 3 to 10 times; a bomb, a thousand times. */
    public static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;
    /** The ratio is judged only past this many inflated bytes, where a real text stream has a stable ratio. */
    public static final long RATIO_CHECK_FLOOR = 16L * 1024 * 1024;
    /** Default {@link #maxArticleChars}: 500,000 characters, about 80,000 words, longer than any news article. */
    public static final int DEFAULT_MAX_ARTICLE_CHARS = 500_000;
    /** Default {@link #maxHtmlDepth}: real pages nest a few dozen levels; broken ones, a few hundred. */
    public static final int DEFAULT_MAX_HTML_DEPTH = 1_000;
    /** Default {@link #maxLineChars}: 16 M characters per JSON line. */
    public static final int DEFAULT_MAX_LINE_CHARS = 16 * 1024 * 1024;
    /**
     * Default {@link #maxArticlesPerBrief}: 250. Briefing 250 articles took 16 s of CPU and 500 took 36 s
     * ({@code ClusterSizeBenchmark}, docs/reliability.md); real stories have a few dozen.
     */
    public static final int DEFAULT_MAX_ARTICLES_PER_BRIEF = 250;
    /**
     * Default {@link #maxArticleSeconds}: 60 s. An article takes a few milliseconds to clean and analyse, a few
     * hundred on a machine loaded twenty times over; a minute means something is wrong with the article.
     */
    public static final int DEFAULT_MAX_ARTICLE_SECONDS = 60;

    public Limits {
        positive(maxFileBytes, "maxFileBytes");
        positive(maxDecompressedBytes, "maxDecompressedBytes");
        positive(maxCompressionRatio, "maxCompressionRatio");
        positive(maxArticleChars, "maxArticleChars");
        positive(maxHtmlDepth, "maxHtmlDepth");
        positive(maxLineChars, "maxLineChars");
        positive(maxArticlesPerBrief, "maxArticlesPerBrief");
        positive(maxArticleSeconds, "maxArticleSeconds");
    }

    /** The defaults above: generous for real news, tight enough that no single input can exhaust a laptop. */
    public static Limits defaults() {
        return new Limits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_DECOMPRESSED_BYTES, DEFAULT_MAX_COMPRESSION_RATIO,
                DEFAULT_MAX_ARTICLE_CHARS, DEFAULT_MAX_HTML_DEPTH, DEFAULT_MAX_LINE_CHARS,
                DEFAULT_MAX_ARTICLES_PER_BRIEF, true, DEFAULT_MAX_ARTICLE_SECONDS);
    }

    /** A builder starting from these limits, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder(defaults());
    }

    /**
     * A byte count as people write it: {@code 52428800}, {@code 200KB}, {@code 50MB}, {@code 1.5GB} (binary
     * multiples, case-insensitive, an optional {@code B} or {@code iB}).
     *
     * @throws IllegalArgumentException with a message naming the bad value
     */
    public static long parseSize(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace("IB", "").replaceAll("B$", "").strip();
        long unit = 1;
        if (!t.isEmpty() && "KMGT".indexOf(t.charAt(t.length() - 1)) >= 0) {
            unit = 1L << (10 * ("KMGT".indexOf(t.charAt(t.length() - 1)) + 1));
            t = t.substring(0, t.length() - 1).strip();
        }
        try {
            double value = Double.parseDouble(t);
            if (value <= 0 || Double.isNaN(value) || value * unit > Long.MAX_VALUE) {
                throw new NumberFormatException();
            }
            return (long) Math.ceil(value * unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size: '" + text + "' (write e.g. 50MB, 200KB or 1GB)");
        }
    }

    /** A byte count for messages: "212 MB", "300 KB", "900 bytes" (whole units, rounded up past the limit). */
    public static String formatSize(long bytes) {
        long mb = 1024L * 1024;
        if (bytes >= 1024 * mb && bytes % (1024 * mb) == 0) {
            return bytes / (1024 * mb) + " GB";
        }
        if (bytes >= mb) {
            return (bytes + mb - 1) / mb + " MB";
        }
        if (bytes >= 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return bytes + " bytes";
    }

    /**
     * The message for a file over {@link #maxFileBytes}. Sizes are rounded up so that the file never looks as
     * small as the limit ("51 MB > limit 50 MB", not "50 MB > limit 50 MB").
     */
    public String tooLarge(long size) {
        return "too large (" + formatSize(size) + " > limit " + formatSize(maxFileBytes) + "; --max-file-size)";
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
    }

    /** Changes some limits and keeps the others. */
    public static final class Builder {
        private long maxFileBytes;
        private long maxDecompressedBytes;
        private int maxCompressionRatio;
        private int maxArticleChars;
        private int maxHtmlDepth;
        private int maxLineChars;
        private int maxArticlesPerBrief;
        private boolean englishOnly;
        private int maxArticleSeconds;

        private Builder(Limits from) {
            maxFileBytes = from.maxFileBytes;
            maxDecompressedBytes = from.maxDecompressedBytes;
            maxCompressionRatio = from.maxCompressionRatio;
            maxArticleChars = from.maxArticleChars;
            maxHtmlDepth = from.maxHtmlDepth;
            maxLineChars = from.maxLineChars;
            maxArticlesPerBrief = from.maxArticlesPerBrief;
            englishOnly = from.englishOnly;
            maxArticleSeconds = from.maxArticleSeconds;
        }

        public Builder maxFileBytes(long bytes) { maxFileBytes = bytes; return this; }
        public Builder maxDecompressedBytes(long bytes) { maxDecompressedBytes = bytes; return this; }
        public Builder maxCompressionRatio(int ratio) { maxCompressionRatio = ratio; return this; }
        public Builder maxArticleChars(int chars) { maxArticleChars = chars; return this; }
        public Builder maxHtmlDepth(int depth) { maxHtmlDepth = depth; return this; }
        public Builder maxLineChars(int chars) { maxLineChars = chars; return this; }
        public Builder maxArticlesPerBrief(int articles) { maxArticlesPerBrief = articles; return this; }
        public Builder englishOnly(boolean on) { englishOnly = on; return this; }
        public Builder maxArticleSeconds(int seconds) { maxArticleSeconds = seconds; return this; }

        /** The limits; throws {@link IllegalArgumentException} naming the first one that is not positive. */
        public Limits build() {
            return new Limits(maxFileBytes, maxDecompressedBytes, maxCompressionRatio, maxArticleChars, maxHtmlDepth,
                    maxLineChars, maxArticlesPerBrief, englishOnly, maxArticleSeconds);
        }
    }
}
