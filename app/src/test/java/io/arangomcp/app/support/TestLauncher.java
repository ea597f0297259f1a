package io.arangomcp.app.support;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import io.arangomcp.adapters.yaml.YamlConfigRepository;
import io.arangomcp.app.Application;
import io.arangomcp.app.Launcher;
import io.arangomcp.app.config.Environment;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.app.config.StartupPlan;
import io.arangomcp.app.config.StartupPlanner;
import io.arangomcp.domain.resolution.DatabaseResolver;
import io.arangomcp.ports.out.config.ConfigRepository;
import io.arangomcp.ports.out.gateway.DatabaseGatewayFactory;

import java.nio.file.Path;

/** A launcher with the real YAML repository and a fake backend, for command tests (sessions are the core's). */
public final class TestLauncher implements Launcher {
    public final FakeBackend backend = new FakeBackend();

    @Override
    public ConfigRepository config(String configFile, Environment environment, Path workingDirectory) {
        return new YamlConfigRepository(YamlConfigRepository.locate(configFile, environment.asMap(), workingDirectory),
                environment.asMap());
    }

    @Override
    public StartupPlan plan(ServerSettings settings, Environment environment) {
        return new StartupPlanner(config(settings.configFile(), environment, settings.workingDirectory()),
                new DatabaseResolver(environment.get("ARANGO_DB"))).plan(settings.backend());
    }

    @Override
    public Application start(ServerSettings settings, Environment environment, StartupPlan plan, Module... transports) {
        Module fake = new AbstractModule() {
            @Override
            protected void configure() {
                bind(DatabaseGatewayFactory.class).toInstance(backend);
            }
        };
        return Application.start(settings, environment, plan, fake, transports);
    }
}
