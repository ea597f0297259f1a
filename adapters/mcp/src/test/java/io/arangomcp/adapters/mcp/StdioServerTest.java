package io.arangomcp.adapters.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the real MCP SDK over in-memory pipes, as a client on stdio would. */
@Timeout(30)
class StdioServerTest {
    private final ObjectMapper mapper = new ObjectMapper();
    private final FakeToolService tools = new FakeToolService();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PipedOutputStream stdin;
    private Thread server;

    private void start() throws IOException {
        stdin = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(stdin, 1 << 16);
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(mapper);
        StdioServer stdio = new StdioServer(new McpServerAssembler(tools, json,
                new ServerIdentity("arango-mcp-test", "1.2.3", "Use it well.")), tools, json, Duration.ofSeconds(10));
        server = new Thread(() -> {
            try {
                stdio.serve("stdio-test", in, stdout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null && server.isAlive()) {
            stdin.close();
            server.join(10_000);
        }
    }

    private void send(String json) throws IOException {
        stdin.write((json + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    private JsonNode answer(int id) throws Exception {
        for (int i = 0; i < 500; i++) {
            Optional<JsonNode> found = lines().stream().filter(n -> n.path("id").asInt(-1) == id).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no answer to request " + id + "; output so far: " + stdout);
    }

    private List<JsonNode> lines() {
        return stdout.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return mapper.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("stdout carried a non-JSON line: " + l);
            }
        }).toList();
    }

    private void initialize() throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}");
        JsonNode init = answer(1);
        assertThat(init.at("/result/serverInfo/name").asText()).isEqualTo("arango-mcp-test");
        assertThat(init.at("/result/serverInfo/version").asText()).isEqualTo("1.2.3");
        assertThat(init.at("/result/capabilities/tools/listChanged").asBoolean()).isTrue();
        assertThat(init.at("/result/instructions").asText()).isEqualTo("Use it well.");
        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    }

    @Test
    void servesInitializeListAndCallsThenExitsAtEndOfInput() throws Exception {
        start();
        initialize();
        send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        JsonNode list = answer(2);
        assertThat(list.at("/result/tools").findValuesAsText("name")).containsExactly("echo", "fail");
        assertThat(list.at("/result/tools/0/annotations/readOnlyHint").asBoolean()).isTrue();

        send("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                + "\"arguments\":{\"text\":\"hi\"},\"_meta\":{\"progressToken\":\"p1\"}}}");
        JsonNode echo = answer(3);
        assertThat(echo.at("/result/isError").asBoolean()).isFalse();
        assertThat(echo.at("/result/structuredContent/echo").asText()).isEqualTo("hi");
        assertThat(echo.at("/result/content/0/text").asText()).isEqualTo("echo hi");
        assertThat(lines()).anySatisfy(n -> assertThat(n.path("method").asText())
                .isEqualTo("notifications/progress"));

        send("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"fail\",\"arguments\":{}}}");
        JsonNode fail = answer(4);
        assertThat(fail.at("/result/isError").asBoolean()).isTrue();
        assertThat(fail.at("/result/structuredContent/error/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(fail.at("/result/structuredContent/error/hint").asText()).isEqualTo("look elsewhere");

        assertThat(tools.callers).allSatisfy(c -> {
            assertThat(c.sessionId()).isEqualTo("stdio-test");
            assertThat(c.transport()).isEqualTo("stdio");
        });
        stdin.close();
        server.join(10_000);
        assertThat(server.isAlive()).isFalse();
        assertThat(tools.ended).containsExactly("stdio-test");
    }

    @Test
    void aBadLineIsAnsweredAndTheSessionGoesOn() throws Exception {
        start();
        send("this is not json");
        send("{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"x\"}");
        initialize();
        assertThat(lines()).anySatisfy(n -> {
            assertThat(n.at("/error/code").asInt()).isEqualTo(-32700);
            assertThat(n.path("id").isNull()).isTrue();
        });
        send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/list\"}");
        assertThat(answer(5).at("/result/tools").size()).isEqualTo(2);
    }

    @Test
    void requestsInFlightAtEndOfInputAreStillAnswered() throws Exception {
        start();
        initialize();
        for (int id = 10; id < 30; id++) {
            send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                    + "\"arguments\":{\"text\":\"" + id + "\"}}}");
        }
        stdin.close();
        server.join(10_000);
        assertThat(server.isAlive()).isFalse();
        for (int id = 10; id < 30; id++) {
            assertThat(answer(id).at("/result/structuredContent/echo").asText()).isEqualTo(String.valueOf(id));
        }
    }

    @Test
    void toolListChangesReachTheClient() throws Exception {
        start();
        initialize();
        tools.listeners.forEach(l -> l.toolsChanged("other-session"));
        tools.listeners.forEach(l -> l.toolsChanged("stdio-test"));
        for (int i = 0; i < 200 && lines().stream().noneMatch(n ->
                n.path("method").asText().equals("notifications/tools/list_changed")); i++) {
            Thread.sleep(10);
        }
        assertThat(lines()).filteredOn(n -> n.path("method").asText().equals("notifications/tools/list_changed"))
                .hasSize(1);
        assertThat(Map.of()).isEmpty();
    }
}
