package org.dossier.render;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * Lets Jackson, which writes to a {@link Writer}, write into any {@link Appendable} (a {@code StringBuilder}, a
 * servlet response writer, {@code System.out}...). Closing it only flushes: the caller owns the target.
 */
final class AppendableWriter extends Writer {
    private final Appendable target;

    AppendableWriter(Appendable target) {
        this.target = target;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        target.append(CharBuffer.wrap(buffer, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        target.append(text, offset, offset + length);
    }

    @Override
    public void write(int c) throws IOException {
        target.append((char) c);
    }

    @Override
    public void flush() throws IOException {
        if (target instanceof java.io.Flushable flushable) {
            flushable.flush();
        }
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
