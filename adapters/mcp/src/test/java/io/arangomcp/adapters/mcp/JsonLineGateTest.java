package io.arangomcp.adapters.mcp;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLineGateTest {
    private final List<String> requests = new ArrayList<>();
    private final List<String> rejected = new ArrayList<>();

    private JsonLineGate gate(String input, int maxLine) {
        JsonLineGate gate = new JsonLineGate(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), maxLine,
                new JsonRpcMessages(), m -> requests.add(m.id()), m -> rejected.add(m.error()));
        gate.releaseEndOfInput();
        return gate;
    }

    @Test
    void passesValidLinesAndDropsBadOnes() throws Exception {
        String req = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
        String note = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
        JsonLineGate gate = gate("garbage\n\n" + req + "\r\n  \n" + note + "\n[1]\n", 1000);
        String passed = new String(gate.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(passed).isEqualTo(req + "\n" + note + "\n");
        assertThat(requests).containsExactly("1");
        assertThat(rejected).hasSize(2);
        gate.awaitEndOfInput();
        assertThat(gate.read()).isEqualTo(-1);
    }

    @Test
    void dropsOverlongLinesWithoutKeepingThem() throws IOException {
        String req = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}";
        JsonLineGate gate = gate("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + "x".repeat(500) + "\"}\n" + req, 100);
        assertThat(new String(gate.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(req + "\n");
        assertThat(rejected).singleElement().asString().contains("longer than 100");
    }

    @Test
    void holdsEndOfInputBackUntilReleased() throws Exception {
        JsonLineGate gate = new JsonLineGate(new ByteArrayInputStream(new byte[0]), 100, new JsonRpcMessages(),
                m -> { }, m -> { });
        Thread reader = new Thread(() -> {
            try {
                gate.read();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        reader.start();
        gate.awaitEndOfInput();
        reader.join(200);
        assertThat(reader.isAlive()).isTrue();
        gate.releaseEndOfInput();
        reader.join(5_000);
        assertThat(reader.isAlive()).isFalse();
    }

    @Test
    void singleByteReadsSeeTheSameBytes() throws IOException {
        String req = "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"é\"}";
        JsonLineGate gate = gate(req, 1000);
        List<Byte> bytes = new ArrayList<>();
        int b;
        while ((b = gate.read()) != -1) {
            bytes.add((byte) b);
        }
        byte[] array = new byte[bytes.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = bytes.get(i);
        }
        assertThat(new String(array, StandardCharsets.UTF_8)).isEqualTo(req + "\n");
        assertThat(gate.read(new byte[4], 0, 0)).isZero();
    }
}
