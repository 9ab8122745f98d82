package org.dossier.store.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.dossier.read.Limits;

/**
 * Stops a decompressing stream that inflates too far: a <em>gzip bomb</em> (a few kilobytes that inflate to
 * gigabytes) must not fill the disk, the memory or the afternoon.
 *
 * <p>Two checks, both from {@link Limits}: the inflated size ({@link Limits#maxDecompressedBytes()}), and, past
 * {@link Limits#RATIO_CHECK_FLOOR} inflated bytes, the ratio of inflated to compressed bytes
 * ({@link Limits#maxCompressionRatio()}); news text compresses 3 to 10 times, a bomb a thousand times. Either
 * failing throws {@link TooLarge}, an {@link IOException}, so the reader stops that file as it would at a truncated
 * one: what it read before (whole records) is kept and the rest is reported.
 */
final class InflationGuard extends FilterInputStream {
    private final CountingInputStream compressed;
    private final Limits limits;
    private long inflated;

    /**
     * @param inflating  the decompressing stream to read from
     * @param compressed the counting stream under it, for the ratio
     */
    InflationGuard(InputStream inflating, CountingInputStream compressed, Limits limits) {
        super(inflating);
        this.compressed = compressed;
        this.limits = limits;
    }

    /** The stream inflated past a limit; the message says which and names the option that raises it. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws TooLarge {
        inflated += n;
        if (inflated > limits.maxDecompressedBytes()) {
            throw new TooLarge("gzip data inflates past " + Limits.formatSize(limits.maxDecompressedBytes())
                    + " (--max-gzip-size)");
        }
        long packed = Math.max(1, compressed.count());
        if (inflated > Limits.RATIO_CHECK_FLOOR && inflated / packed > limits.maxCompressionRatio()) {
            throw new TooLarge("gzip bomb: " + Limits.formatSize(packed) + " inflated to over "
                    + Limits.formatSize(inflated) + " (more than " + limits.maxCompressionRatio()
                    + " times; --max-gzip-ratio)");
        }
    }
}
