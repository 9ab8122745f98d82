package org.dossier.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A self-updating progress line on stderr for long runs:
 * {@code dossier: ingest [######------]  48%  12,345 articles  830/s  ETA 0:42}.
 *
 * <p>The share done and the ETA come from bytes of input consumed, which is known for files before reading them
 * (unlike the number of articles in a WARC or JSON-lines file). The line is redrawn at most five times a second,
 * so printing costs nothing next to ingesting.
 */
final class ProgressLine {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 20;

    private final PrintWriter err;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private int lastLength;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** Redraws the line if enough time has passed since the last time. */
    void update(long articles, long bytesDone, long totalBytes) {
        long now = System.nanoTime();
        if (now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        lastDrawn = now;
        draw(format(articles, bytesDone, totalBytes, (now - started) / 1e9));
    }

    /** Clears the line, so the final summary starts on a clean line. */
    void finish() {
        if (lastLength > 0) {
            err.print("\r" + " ".repeat(lastLength) + "\r");
            err.flush();
        }
    }

    /** The text of the line; public for tests of its arithmetic. */
    static String format(long articles, long bytesDone, long totalBytes, double seconds) {
        double rate = seconds > 0 ? articles / seconds : 0;
        StringBuilder line = new StringBuilder("dossier: ingest ");
        if (totalBytes > 0) {
            double share = Math.min(1, (double) bytesDone / totalBytes);
            int filled = (int) Math.round(share * BAR);
            line.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3.0f%%  ", share * 100));
        }
        line.append(String.format(Locale.ROOT, "%,d articles  %.0f/s", articles, rate));
        if (totalBytes > 0 && bytesDone > 0 && bytesDone < totalBytes && seconds > 1) {
            long eta = Math.round(seconds * (totalBytes - bytesDone) / bytesDone);
            line.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
        }
        return line.toString();
    }

    private void draw(String text) {
        int pad = Math.max(0, lastLength - text.length());
        err.print("\r" + text + " ".repeat(pad));
        err.flush();
        lastLength = text.length();
    }
}
