package org.dossier.store.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()}, but never holds more than a set number of
 * characters of one line: a file that is one endless line (or a gzip bomb of zeros) costs that much memory, not
 * the line's length. A longer line is read to its end, counted and dropped.
 */
final class BoundedLineReader implements AutoCloseable {
    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;

    /**
     * One line: its text without the line break (null when it was too long), and its length in characters.
     *
     * @param text   the line, or null when longer than the limit
     * @param length characters in the line, even when dropped
     */
    record Line(String text, long length) {
        boolean tooLong() {
            return text == null;
        }
    }

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line ({@code \n}, {@code \r\n} or a lone {@code \r} ends it), or null at the end of input. */
    Line next() throws IOException {
        StringBuilder line = new StringBuilder();
        long length = 0;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish(line, length) : null;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            int run = position - start;
            if (length + run <= maxChars) {
                line.append(buffer, start, run);
            } else if (length <= maxChars) {
                line.setLength(0); // over the limit: stop holding it
                line.trimToSize();
            }
            length += run;
            if (position < limit) {
                char end = buffer[position++];
                if (end == '\r') {
                    skipLineFeed();
                }
                return finish(line, length);
            }
        }
    }

    private void skipLineFeed() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return;
            }
        }
        if (buffer[position] == '\n') {
            position++;
        }
    }

    private Line finish(StringBuilder line, long length) {
        return new Line(length > maxChars ? null : line.toString(), length);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
