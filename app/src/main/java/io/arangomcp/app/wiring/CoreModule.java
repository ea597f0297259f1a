package io.arangomcp.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import com.networknt.schema.SpecificationVersion;
import io.arangomcp.adapters.jsonschema.NetworkntSchemaValidator;
import io.arangomcp.adapters.memory.session.InMemorySessionRepository;
import io.arangomcp.app.config.Environment;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.app.config.StartupPlan;
import io.arangomcp.app.connect.ConnectionManager;
import io.arangomcp.app.connect.ConnectionProber;
import io.arangomcp.app.connect.CredentialResolver;
import io.arangomcp.app.json.JsonText;
import io.arangomcp.app.packs.LoadedPack;
import io.arangomcp.app.packs.ToolPackLoader;
import io.arangomcp.app.pipeline.CallServices;
import io.arangomcp.app.pipeline.ErrorMapper;
import io.arangomcp.app.pipeline.InvocationPipeline;
import io.arangomcp.app.pipeline.RegistrySource;
import io.arangomcp.app.pipeline.TenantScopes;
import io.arangomcp.app.pipeline.ToolRegistry;
import io.arangomcp.app.pipeline.ToolVisibility;
import io.arangomcp.app.pipeline.WorkflowVisibility;
import io.arangomcp.domain.resolution.DatabaseResolver;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.domain.workflow.WorkflowCatalog;
import io.arangomcp.ports.in.ToolService;
import io.arangomcp.ports.out.gateway.DatabaseGatewayFactory;
import io.arangomcp.ports.out.session.SessionRepository;
import io.arangomcp.ports.spi.BackupDirectory;
import io.arangomcp.ports.spi.Limits;
import io.arangomcp.ports.spi.SchemaValidator;
import io.arangomcp.ports.spi.schema.ArgumentBinder;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Wiring: the backend-independent core: packs and tools, the invocation pipeline, connections, resolution.
 * A backend module supplies the {@link DatabaseGatewayFactory}. Sessions live in this process whatever the backend.
 */
public final class CoreModule extends AbstractModule {
    private final ServerSettings settings;
    private final Environment environment;
    private final StartupPlan plan;

    public CoreModule(ServerSettings settings, Environment environment, StartupPlan plan) {
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.environment = Objects.requireNonNull(environment, "environment is null");
        this.plan = Objects.requireNonNull(plan, "plan is null");
    }

    @Override
    protected void configure() {
        bind(ServerSettings.class).toInstance(settings);
        bind(Environment.class).toInstance(environment);
        bind(StartupPlan.class).toInstance(plan);
        bind(Clock.class).toInstance(Clock.systemUTC());
        bind(Limits.class).toInstance(settings.limits());
        bind(WorkflowCatalog.class).toInstance(WorkflowCatalog.standard());
        bind(BackupDirectory.class).toInstance(new BackupDirectory(settings.backupDirectory()));
        // Schemas without $schema are read as draft-07, as the reference server read them.
        bind(SchemaValidator.class).toInstance(new NetworkntSchemaValidator(SpecificationVersion.DRAFT_7));
        bind(JsonText.class).in(Singleton.class);
        bind(ArgumentBinder.class).in(Singleton.class);
        bind(ToolService.class).to(InvocationPipeline.class);
        // No tenants unless a transport that authenticates (HTTP) sets them.
        OptionalBinder.newOptionalBinder(binder(), AccessConfig.class).setDefault().toInstance(AccessConfig.NONE);
    }

    @Provides
    @Singleton
    ToolVisibility visibility(WorkflowCatalog workflows) {
        return new WorkflowVisibility(workflows);
    }

    @Provides
    @Singleton
    SessionRepository sessions() {
        return new InMemorySessionRepository(settings.initialWorkflow());
    }

    @Provides
    @Singleton
    DatabaseResolver resolver() {
        return new DatabaseResolver(environment.get("ARANGO_DB"));
    }

    @Provides
    @Singleton
    CredentialResolver credentials() {
        return new CredentialResolver(environment.asMap());
    }

    @Provides
    @Singleton
    ConnectionManager connections(DatabaseGatewayFactory factory, CredentialResolver credentials) {
        return new ConnectionManager(factory, credentials);
    }

    @Provides
    @Singleton
    ConnectionProber prober(ConnectionManager connections, Clock clock) {
        return new ConnectionProber(connections, clock);
    }

    @Provides
    @Singleton
    ToolPackLoader packLoader() {
        return new ToolPackLoader(CoreModule.class.getClassLoader());
    }

    @Provides
    @Singleton
    List<LoadedPack> packs(ToolPackLoader loader) {
        return loader.load(settings.pluginsDirectory(), settings.packs());
    }

    @Provides
    @Singleton
    ToolRegistry tools(ToolPackLoader loader, List<LoadedPack> packs) {
        return loader.register(packs);
    }

    @Provides
    @Singleton
    RegistrySource registries(AccessConfig access) {
        return new TenantScopes(plan.registry(), access);
    }

    @Provides
    @Singleton
    ErrorMapper errors(CredentialResolver credentials) {
        return new ErrorMapper(() -> credentials.secretValues(plan.registry().profiles()));
    }

    @Provides
    @Singleton
    CallServices services(SessionRepository sessions, RegistrySource registries, DatabaseResolver resolver,
                          ConnectionManager connections, ConnectionProber prober, ToolRegistry tools,
                          ToolVisibility visibility, WorkflowCatalog workflows, Limits limits,
                          BackupDirectory backups, SchemaValidator schemas, Clock clock) {
        return new CallServices(sessions, registries, resolver, connections, prober, tools, visibility, workflows,
                limits, backups, schemas, clock);
    }

    @Provides
    @Singleton
    InvocationPipeline pipeline(CallServices services, ArgumentBinder binder, ErrorMapper errors, JsonText json) {
        return new InvocationPipeline(services, binder, errors, json);
    }
}
