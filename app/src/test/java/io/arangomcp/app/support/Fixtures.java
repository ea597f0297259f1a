package io.arangomcp.app.support;

import com.networknt.schema.SpecificationVersion;
import io.arangomcp.adapters.jsonschema.NetworkntSchemaValidator;
import io.arangomcp.app.connect.ConnectionManager;
import io.arangomcp.app.connect.ConnectionProber;
import io.arangomcp.app.connect.CredentialResolver;
import io.arangomcp.app.json.JsonText;
import io.arangomcp.app.pipeline.CallServices;
import io.arangomcp.app.pipeline.ErrorMapper;
import io.arangomcp.app.pipeline.InvocationPipeline;
import io.arangomcp.app.pipeline.RegisteredTool;
import io.arangomcp.app.pipeline.RegistrySource;
import io.arangomcp.app.pipeline.ToolDescriptors;
import io.arangomcp.app.pipeline.ToolRegistry;
import io.arangomcp.app.pipeline.WorkflowVisibility;
import io.arangomcp.domain.config.ConfigSource;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.resolution.DatabaseResolver;
import io.arangomcp.domain.workflow.WorkflowCatalog;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.Limits;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.schema.ArgumentBinder;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Builds a pipeline over fakes for tests. */
public final class Fixtures {
    public final FakeBackend backend = new FakeBackend();
    public final MapSessionRepository sessions = new MapSessionRepository();
    public final Map<String, String> environment;
    public final DatabaseRegistry registry;
    public final ConnectionManager connections;
    public final ConnectionProber prober;
    public final InvocationPipeline pipeline;

    public Fixtures(DatabaseRegistry registry, Map<String, String> environment, List<Tool<?, ?>> tools) {
        this(registry, environment, tools.stream()
                .map(t -> new RegisteredTool(t, ToolDescriptors.describe(t, "test"))).toList(), caller -> registry);
    }

    /** A pipeline over already described tools (of any packs) and a given caller scope. */
    public Fixtures(DatabaseRegistry registry, Map<String, String> environment, List<RegisteredTool> tools,
                    RegistrySource scopes) {
        this.registry = registry;
        this.environment = environment;
        CredentialResolver credentials = new CredentialResolver(environment);
        this.connections = new ConnectionManager(backend, credentials);
        this.prober = new ConnectionProber(connections, Clock.systemUTC());
        ToolRegistry registered = new ToolRegistry(tools);
        CallServices services = new CallServices(sessions, scopes,
                new DatabaseResolver(environment.get("ARANGO_DB")), connections, prober, registered,
                new WorkflowVisibility(WorkflowCatalog.standard()), WorkflowCatalog.standard(), Limits.defaults(),
                new BackupDirectory(Path.of("target", "test-backups")),
                new NetworkntSchemaValidator(SpecificationVersion.DRAFT_7), Clock.systemUTC());
        this.pipeline = new InvocationPipeline(services, new ArgumentBinder(),
                new ErrorMapper(() -> credentials.secretValues(registry.profiles())), new JsonText());
    }

    /** The standard tools with the given registry and environment. */
    public static Fixtures with(DatabaseRegistry registry, Map<String, String> environment) {
        return new Fixtures(registry, environment, List.of(new TestTools.Echo(), new TestTools.Write(),
                new TestTools.SwitchWorkflow(), new TestTools.Fail()));
    }

    public static DatabaseProfile profile(String key, String url, boolean readOnly) {
        return DatabaseProfile.builder(key).url(url).database("db_" + key).username("u").passwordEnv("PW")
                .readOnly(readOnly).build();
    }

    /** Two databases on one server and a read-only one on another; default 'a'. */
    public static DatabaseRegistry registry() {
        return DatabaseRegistry.of(List.of(profile("a", "http://one:8529", false), profile("b", "http://one:8529", false),
                profile("ro", "http://two:8529", true)), "a", ConfigSource.YAML_FILE, "test.yaml");
    }

    public static DatabaseRegistry empty() {
        return DatabaseRegistry.empty(ConfigSource.NONE, null);
    }
}
