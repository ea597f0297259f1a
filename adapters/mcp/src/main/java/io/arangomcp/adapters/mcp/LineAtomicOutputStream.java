package io.arangomcp.adapters.mcp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * MCP adapter: the stdout side of stdio. Buffers bytes until a newline and writes each complete line in one
 * locked write, so that lines written by the SDK (message and newline in two writes) and by this adapter never
 * interleave. Each complete line is also shown to an observer (to track answered requests).
 */
final class LineAtomicOutputStream extends OutputStream {
    private final OutputStream target;
    private final Object lock;
    private final Consumer<String> observer;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    LineAtomicOutputStream(OutputStream target, Object lock, Consumer<String> observer) {
        this.target = Objects.requireNonNull(target, "target is null");
        this.lock = Objects.requireNonNull(lock, "lock is null");
        this.observer = Objects.requireNonNull(observer, "observer is null");
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') {
            emit();
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                line.write(b, start, i - start + 1);
                emit();
                start = i + 1;
            }
        }
        line.write(b, start, off + len - start);
    }

    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            target.flush();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (line.size() > 0) {
            line.write('\n');
            emit();
        }
        flush();
    }

    /** Writes one complete line (the adapter's own answers). */
    void writeLine(String text) throws IOException {
        byte[] bytes = (text + "\n").getBytes(StandardCharsets.UTF_8);
        synchronized (lock) {
            target.write(bytes);
            target.flush();
        }
        observer.accept(text);
    }

    private void emit() throws IOException {
        byte[] bytes = line.toByteArray();
        line.reset();
        synchronized (lock) {
            target.write(bytes);
        }
        observer.accept(new String(bytes, StandardCharsets.UTF_8).trim());
    }
}
