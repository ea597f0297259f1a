package io.arangomcp.app.pipeline;

import io.arangomcp.app.support.ContextTool;
import io.arangomcp.app.support.Fixtures;
import io.arangomcp.app.support.TestTools;
import io.arangomcp.ports.in.CallHooks;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.ToolCallResult;
import io.arangomcp.ports.spi.Progress;
import io.arangomcp.ports.spi.ToolLog;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class CallContextTest {
    private final Fixtures f = new Fixtures(Fixtures.registry(), Map.of("PW", "pw", "ARANGO_DB", "b"),
            List.of(new ContextTool(), new TestTools.Echo()));

    @Test
    void aToolSeesTheHostThroughItsContext() {
        List<String> seen = new CopyOnWriteArrayList<>();
        Progress progress = (done, total, message) -> seen.add("progress " + done + "/" + total + " " + message);
        ToolLog log = new ToolLog() {
            @Override
            public void debug(String message) {
            }

            @Override
            public void info(String message) {
                seen.add("info " + message);
            }

            @Override
            public void warning(String message) {
            }
        };
        Caller caller = Caller.trusted("s", "test");
        f.pipeline.call(caller, "test_echo", Map.of("text", "x"), CallHooks.NONE);
        ToolCallResult r = f.pipeline.call(caller, "test_context", Map.of(),
                new CallHooks(progress, log, () -> false));
        assertThat(r).isInstanceOf(ToolCallResult.Success.class);
        Map<String, Object> report = ((ToolCallResult.Success) r).structured();
        assertThat(report).containsEntry("tools", 2).containsEntry("visible", 2).containsEntry("foundSelf", true)
                .containsEntry("workflows", 6).containsEntry("keys", List.of("a", "b", "ro"))
                .containsEntry("resolved", "a").containsEntry("envArangoDb", "b").containsEntry("gatewayB", "db_b")
                .containsEntry("probeA", true).containsEntry("probes", 3).containsEntry("maxRows", 1000)
                .containsEntry("cancelled", false).containsEntry("hasClock", true).containsEntry("readOnly", false)
                .doesNotContainKey("databaseKey");
        assertThat(report.get("usage")).isEqualTo(Map.of("test_echo", 1L));
        assertThat((String) report.get("databaseError")).contains("not database-scoped");
        assertThat(seen).containsExactly("progress 1.0/2.0 half", "info context");
    }
}
