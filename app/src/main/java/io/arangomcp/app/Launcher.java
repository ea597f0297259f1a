package io.arangomcp.app;

import io.arangomcp.app.config.Environment;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.app.config.StartupPlan;
import io.arangomcp.ports.out.config.ConfigRepository;
import com.google.inject.Module;

import java.nio.file.Path;

/**
 * How commands obtain the configuration repository and start the application; the one seam between the CLI and
 * the concrete adapters, so that command tests can substitute it.
 */
public interface Launcher {

    /** The configuration repository for a {@code --config} value (may be {@code null}). */
    ConfigRepository config(String configFile, Environment environment, Path workingDirectory);

    /** Decides registry and backend, then wires the application with the given transport modules. */
    Application start(ServerSettings settings, Environment environment, StartupPlan plan, Module... transports);

    /** Decides registry and backend from the configuration and {@code --backend}. */
    StartupPlan plan(ServerSettings settings, Environment environment);
}
