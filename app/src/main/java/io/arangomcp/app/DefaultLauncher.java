package io.arangomcp.app;

import com.google.inject.Module;
import io.arangomcp.adapters.yaml.YamlConfigRepository;
import io.arangomcp.app.config.Backend;
import io.arangomcp.app.config.Environment;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.app.config.StartupPlan;
import io.arangomcp.app.config.StartupPlanner;
import io.arangomcp.app.wiring.ArangoBackendModule;
import io.arangomcp.app.wiring.MemoryBackendModule;
import io.arangomcp.domain.resolution.DatabaseResolver;
import io.arangomcp.ports.out.config.ConfigRepository;

import java.nio.file.Path;

/**
 * The production launcher: the YAML configuration repository and the backend modules of this build.
 */
public final class DefaultLauncher implements Launcher {

    @Override
    public ConfigRepository config(String configFile, Environment environment, Path workingDirectory) {
        Path file = YamlConfigRepository.locate(configFile, environment.asMap(), workingDirectory);
        return new YamlConfigRepository(file, environment.asMap());
    }

    @Override
    public StartupPlan plan(ServerSettings settings, Environment environment) {
        ConfigRepository config = config(settings.configFile(), environment, settings.workingDirectory());
        return new StartupPlanner(config, new DatabaseResolver(environment.get("ARANGO_DB"))).plan(settings.backend());
    }

    @Override
    public Application start(ServerSettings settings, Environment environment, StartupPlan plan, Module... transports) {
        Application app = Application.start(settings, environment, plan, backendModule(plan), transports);
        if (settings.sampleData()) {
            SampleData.load(app);
        }
        return app;
    }

    private static Module backendModule(StartupPlan plan) {
        return plan.backend() == Backend.MEMORY ? new MemoryBackendModule() : new ArangoBackendModule();
    }
}
