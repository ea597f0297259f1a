package io.arangomcp.app.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.arangomcp.adapters.mcp.ServerIdentity;
import io.arangomcp.adapters.mcp.http.Authenticator;
import io.arangomcp.adapters.mcp.http.BearerAuthenticator;
import io.arangomcp.adapters.mcp.http.HttpServer;
import io.arangomcp.adapters.mcp.http.HttpSettings;
import io.arangomcp.adapters.mcp.http.JwtAuthenticator;
import io.arangomcp.adapters.mcp.http.ProtectedResource;
import io.arangomcp.adapters.mcp.http.ServerStatus;
import io.arangomcp.adapters.mcp.http.TokenAuthenticator;
import io.arangomcp.app.config.StartupPlan;
import io.arangomcp.app.connect.ConnectionManager;
import io.arangomcp.app.connect.ConnectionProber;
import io.arangomcp.app.http.DatabaseStatus;
import io.arangomcp.app.packs.LoadedPack;
import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.domain.tenant.Tenant;
import io.arangomcp.ports.in.ToolService;
import io.modelcontextprotocol.json.McpJsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Wiring: the MCP transport over streamable HTTP, with the tenants and credentials of the access configuration.
 */
public final class HttpModule extends AbstractModule {
    private final HttpSettings settings;
    private final AccessConfig access;

    public HttpModule(HttpSettings settings, AccessConfig access) {
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.access = Objects.requireNonNull(access, "access is null");
    }

    @Override
    protected void configure() {
        install(new McpSdkModule());
        OptionalBinder.newOptionalBinder(binder(), AccessConfig.class).setBinding().toInstance(access);
    }

    @Provides
    @Singleton
    ServerStatus status(StartupPlan plan, ConnectionManager connections, ConnectionProber prober) {
        return new DatabaseStatus(plan.registry(), connections, prober);
    }

    @Provides
    @Singleton
    HttpServer server(ToolService tools, McpJsonMapper json, ServerIdentity identity, ServerStatus status,
                      StartupPlan plan, List<LoadedPack> packs, Clock clock) {
        Set<String> packIds = packs.stream().map(p -> p.pack().id()).collect(Collectors.toSet());
        for (Tenant tenant : access.tenants().values()) {
            tenant.requireKnown(plan.registry(), packIds);
        }
        return new HttpServer(settings, tools, json, identity, authenticator(), protectedResource(), status, clock);
    }

    /** This server as a protected resource of the JWT issuer, or {@code null} when JWTs are not accepted. */
    private ProtectedResource protectedResource() {
        if (access.jwt() == null) {
            return null;
        }
        return new ProtectedResource(settings.publicUrl(), settings.path(), access.jwt().issuer(),
                access.jwt().scopes());
    }

    /** The authenticator for the configured credentials, or {@code null} when none are configured. */
    private Authenticator authenticator() {
        if (!access.enabled()) {
            return null;
        }
        Authenticator tokens = access.tokens().isEmpty() ? null : new TokenAuthenticator(access.tokens());
        Authenticator jwts = access.jwt() == null ? null : new JwtAuthenticator(access.jwt(), access);
        return new BearerAuthenticator(tokens, jwts);
    }
}
