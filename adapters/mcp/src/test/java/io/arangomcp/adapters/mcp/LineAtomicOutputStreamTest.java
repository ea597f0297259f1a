package io.arangomcp.adapters.mcp;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class LineAtomicOutputStreamTest {

    @Test
    void linesFromTwoWritersNeverInterleave() throws Exception {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        List<String> seen = new CopyOnWriteArrayList<>();
        LineAtomicOutputStream out = new LineAtomicOutputStream(target, new Object(), seen::add);
        Thread sdk = new Thread(() -> {
            try {
                for (int i = 0; i < 500; i++) {
                    // The SDK writes the message and its newline separately.
                    out.write(("{\"sdk\":" + i + "}").getBytes(StandardCharsets.UTF_8));
                    out.write("\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        sdk.start();
        for (int i = 0; i < 500; i++) {
            out.writeLine("{\"own\":" + i + "}");
        }
        sdk.join();
        List<String> lines = target.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1000).allMatch(l -> l.matches("\\{\"(sdk|own)\":\\d+}"));
        assertThat(seen).hasSize(1000);
    }

    @Test
    void splitsAndJoinsChunksAtNewlines() throws Exception {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        List<String> seen = new CopyOnWriteArrayList<>();
        LineAtomicOutputStream out = new LineAtomicOutputStream(target, new Object(), seen::add);
        out.write("a\nb".getBytes(StandardCharsets.UTF_8));
        out.write('c');
        out.write('\n');
        out.write("tail".getBytes(StandardCharsets.UTF_8));
        assertThat(seen).containsExactly("a", "bc");
        out.close();
        assertThat(seen).containsExactly("a", "bc", "tail");
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("a\nbc\ntail\n");
    }
}
