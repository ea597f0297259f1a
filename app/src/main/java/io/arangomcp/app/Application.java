package io.arangomcp.app;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.ProvisionException;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import com.google.inject.spi.Message;
import io.arangomcp.app.config.Environment;
import io.arangomcp.app.config.ServerSettings;
import io.arangomcp.app.config.StartupPlan;
import io.arangomcp.app.connect.ConnectionManager;
import io.arangomcp.app.connect.ConnectionProber;
import io.arangomcp.app.packs.LoadedPack;
import io.arangomcp.app.packs.ToolPackLoader;
import io.arangomcp.app.wiring.CoreModule;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.ports.in.ToolService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The running application: the injector built from the core module, a backend module and transport modules,
 * and the resources to release at shutdown.
 */
public final class Application implements AutoCloseable {
    private final Injector injector;
    private final StartupPlan plan;

    private Application(Injector injector, StartupPlan plan) {
        this.injector = injector;
        this.plan = plan;
    }

    /**
     * Wires the application. Loads the tool packs eagerly, so that a broken pack stops start-up here.
     *
     * @param backendModule binds the gateway factory and session repository of {@code plan.backend()}
     * @param extraModules  transport modules
     */
    public static Application start(ServerSettings settings, Environment environment, StartupPlan plan,
                                    Module backendModule, Module... extraModules) {
        List<Module> modules = new ArrayList<>();
        modules.add(new CoreModule(settings, environment, plan));
        modules.add(Objects.requireNonNull(backendModule, "backendModule is null"));
        modules.addAll(List.of(extraModules));
        try {
            return new Application(Guice.createInjector(Stage.PRODUCTION, modules), plan);
        } catch (CreationException | ProvisionException e) {
            throw userFailure(e).orElseThrow(() -> e);
        }
    }

    /** The project failure inside a wiring failure (e.g. a broken plug-in found while building singletons). */
    private static Optional<ArangoMcpException> userFailure(RuntimeException wiring) {
        for (Throwable t = wiring; t != null; t = t.getCause()) {
            if (t instanceof ArangoMcpException ame) {
                return Optional.of(ame);
            }
        }
        Collection<Message> messages = wiring instanceof CreationException ce ? ce.getErrorMessages()
                : ((ProvisionException) wiring).getErrorMessages();
        for (Message m : messages) {
            for (Throwable t = m.getCause(); t != null; t = t.getCause()) {
                if (t instanceof ArangoMcpException ame) {
                    return Optional.of(ame);
                }
            }
        }
        return Optional.empty();
    }

    public StartupPlan plan() {
        return plan;
    }

    public ToolService tools() {
        return injector.getInstance(ToolService.class);
    }

    /** The loaded tool packs, in load order. */
    public List<LoadedPack> packs() {
        return injector.getInstance(Key.get(new TypeLiteral<List<LoadedPack>>() { }));
    }

    /** Any bound service (transport servers, connections). */
    public <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    @Override
    public void close() {
        injector.getInstance(ConnectionProber.class).close();
        injector.getInstance(ConnectionManager.class).close();
        injector.getInstance(ToolPackLoader.class).close();
    }
}
