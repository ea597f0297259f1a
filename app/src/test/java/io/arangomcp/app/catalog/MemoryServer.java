package io.arangomcp.app.catalog;

import io.arangomcp.app.Application;
import io.arangomcp.app.DefaultLauncher;
import io.arangomcp.app.config.Backend;
import io.arangomcp.app.config.Environment;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.app.connect.ConnectionManager;
import io.arangomcp.app.json.JsonText;
import io.arangomcp.ports.in.CallHooks;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.ErrorInfo;
import io.arangomcp.ports.in.ToolCallResult;
import io.arangomcp.ports.in.ToolDescriptor;
import io.arangomcp.ports.in.ToolService;
import io.arangomcp.ports.out.gateway.DatabaseGateway;
import io.arangomcp.ports.spi.Limits;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Test support: the production server in-process (launcher, memory backend, every built-in pack) called through
 * its {@link ToolService}, the port the MCP transports call: argument binding, visibility, resolution,
 * authorization, execution and the one error model all run as for a real client. Every successful result is
 * checked against the tool's published output schema ({@link OutputSchemaCheck}), every failure for the one error
 * object.
 */
public final class MemoryServer implements AutoCloseable {
    /** The session most tests call from. */
    public static final String SESSION = "s1";

    public final Application app;
    public final Path backups;
    private final ToolService tools;
    private final List<String> changed = new CopyOnWriteArrayList<>();
    private final OutputSchemaCheck outputs;

    private MemoryServer(Application app, Path backups) {
        this.app = app;
        this.backups = backups;
        this.tools = app.tools();
        this.outputs = new OutputSchemaCheck(tools.registeredTools(), app.get(JsonText.class));
        tools.addToolListListener(changed::add);
    }

    /** A server with the sample data (graphs social and routes) whose sessions start in {@code workflow}. */
    public static MemoryServer start(Path cwd, String workflow) {
        Path backups = cwd.resolve("backups");
        ServerSettings settings = new ServerSettings(Backend.MEMORY, null, List.of(), null, true, cwd,
                Limits.defaults(), workflow, backups);
        Environment environment = new Environment(Map.of());
        DefaultLauncher launcher = new DefaultLauncher();
        return new MemoryServer(launcher.start(settings, environment, launcher.plan(settings, environment)), backups);
    }

    public ToolCallResult call(String session, String tool, Map<String, Object> arguments) {
        return tools.call(Caller.trusted(session, "test"), tool, arguments, CallHooks.NONE);
    }

    /** The structured result of a call that must succeed; it must match the tool's output schema. */
    public Map<String, Object> ok(String tool, Map<String, Object> arguments) {
        return ok(SESSION, tool, arguments);
    }

    public Map<String, Object> ok(String session, String tool, Map<String, Object> arguments) {
        ToolCallResult r = call(session, tool, arguments);
        assertThat(r).as("%s failed: %s", tool, r.text()).isInstanceOf(ToolCallResult.Success.class);
        Map<String, Object> structured = ((ToolCallResult.Success) r).structured();
        outputs.assertMatches(tool, structured);
        return structured;
    }

    /** The error of a call that must fail. */
    public ErrorInfo error(String tool, Map<String, Object> arguments) {
        return error(SESSION, tool, arguments);
    }

    public ErrorInfo error(String session, String tool, Map<String, Object> arguments) {
        ToolCallResult r = call(session, tool, arguments);
        assertThat(r).as("%s should fail: %s", tool, r.text()).isInstanceOf(ToolCallResult.Failure.class);
        ErrorInfo error = ((ToolCallResult.Failure) r).error();
        outputs.assertIsTheErrorObject(error);
        return error;
    }

    /** The names a session's tools/list shows. */
    public List<String> visible(String session) {
        return tools.listTools(Caller.trusted(session, "test")).stream().map(ToolDescriptor::name).toList();
    }

    public List<ToolDescriptor> registered() {
        return tools.registeredTools();
    }

    /** The sessions told that their tool list changed, in order. */
    public List<String> changedSessions() {
        return changed;
    }

    /** The gateway of the default database. */
    public DatabaseGateway gateway() {
        return app.get(ConnectionManager.class).gateway(app.plan().registry().profiles().get(0));
    }

    /** A JSON array of a result, typed for assertions. */
    @SuppressWarnings("unchecked")
    public static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    /** A JSON object of a result, typed for assertions. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @Override
    public void close() {
        app.close();
    }
}
