package io.arangomcp.adapters.mcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * MCP adapter: the stdin side of stdio. Passes only well-formed JSON-RPC lines on to the SDK, because a single
 * bad line would end the SDK's read loop and with it the session. Bad lines go to a handler (which answers them
 * with a JSON-RPC error); blank lines are ignored; over-long lines are dropped without being held in memory.
 * End of input is signalled through {@link #awaitEndOfInput()} but held back from the SDK until
 * {@link #releaseEndOfInput()}: the SDK drops requests it has not processed yet once it sees end of input, so the
 * server first waits for every request read so far to be answered.
 */
final class JsonLineGate extends InputStream {
    private final Reader source;
    private final int maxLineChars;
    private final JsonRpcMessages messages;
    private final Consumer<JsonRpcMessages.Message> onRequest;
    private final Consumer<JsonRpcMessages.Message> onRejected;
    private final CountDownLatch endOfInput = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private byte[] current = new byte[0];
    private int position;
    private boolean eof;

    JsonLineGate(InputStream source, int maxLineChars, JsonRpcMessages messages,
                 Consumer<JsonRpcMessages.Message> onRequest, Consumer<JsonRpcMessages.Message> onRejected) {
        this.source = new InputStreamReader(Objects.requireNonNull(source, "source is null"), StandardCharsets.UTF_8);
        this.maxLineChars = maxLineChars;
        this.messages = Objects.requireNonNull(messages, "messages is null");
        this.onRequest = Objects.requireNonNull(onRequest, "onRequest is null");
        this.onRejected = Objects.requireNonNull(onRejected, "onRejected is null");
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return current[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    /** Blocks until the client closed its end of stdin. */
    void awaitEndOfInput() throws InterruptedException {
        endOfInput.await();
    }

    /** Lets the SDK see the end of input. */
    void releaseEndOfInput() {
        released.countDown();
    }

    private boolean fill() throws IOException {
        while (position >= current.length) {
            if (eof) {
                return false;
            }
            String line = nextLine();
            if (line == null) {
                eof = true;
                endOfInput.countDown();
                awaitRelease();
                return false;
            }
            if (line.isBlank()) {
                continue;
            }
            JsonRpcMessages.Message message = messages.classify(line);
            if (message.kind() == JsonRpcMessages.Kind.INVALID) {
                onRejected.accept(message);
                continue;
            }
            if (message.kind() == JsonRpcMessages.Kind.REQUEST) {
                onRequest.accept(message);
            }
            current = (line.strip() + "\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return true;
    }

    private void awaitRelease() throws IOException {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while holding back end of input");
        }
    }

    /** The next line without its terminator, or {@code null} at end of input; over-long lines are rejected. */
    private String nextLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = source.read()) != -1) {
            if (c == '\n') {
                break;
            }
            if (sb.length() < maxLineChars) {
                sb.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c == -1 && sb.length() == 0 && !tooLong) {
            return null;
        }
        if (tooLong) {
            onRejected.accept(new JsonRpcMessages.Message(JsonRpcMessages.Kind.INVALID, null,
                    "message longer than " + maxLineChars + " characters"));
            return "";
        }
        return sb.toString();
    }
}
