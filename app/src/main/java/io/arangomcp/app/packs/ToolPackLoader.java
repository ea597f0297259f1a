package io.arangomcp.app.packs;

import io.arangomcp.app.pipeline.RegisteredTool;
import io.arangomcp.app.pipeline.ToolDescriptors;
import io.arangomcp.app.pipeline.ToolRegistry;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolPack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * Packs: finds tool packs (built in, through {@link ServiceLoader}, and in a plug-ins directory), applies the
 * {@code --packs} selection, and registers their tools. Strict: no packs, two packs with one id, two tools with
 * one name, a tool whose records cannot be described, or a pack that fails to load are start-up errors naming
 * the pack and its source.
 */
public final class ToolPackLoader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ToolPackLoader.class);
    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final ClassLoader host;
    private final PluginJars plugins;

    public ToolPackLoader(ClassLoader host) {
        this.host = host;
        this.plugins = new PluginJars(host);
    }

    /**
     * Loads the packs.
     *
     * @param pluginsDirectory a directory of plug-in jars, or {@code null} for none
     * @param selection        pack ids to keep; empty keeps all
     */
    public List<LoadedPack> load(Path pluginsDirectory, List<String> selection) {
        Map<String, LoadedPack> byId = new LinkedHashMap<>();
        for (LoadedPack pack : builtIn()) {
            add(byId, pack);
        }
        if (pluginsDirectory != null) {
            for (LoadedPack pack : plugins.load(pluginsDirectory)) {
                add(byId, pack);
            }
        }
        List<LoadedPack> selected = select(byId, selection);
        if (selected.isEmpty()) {
            throw ArangoMcpException.builder(ErrorCode.PLUGIN_INVALID, "no tool packs were found")
                    .hint("The arango-mcp jar contains the built-in packs; check that it is complete, or put "
                            + "pack jars in the plug-ins directory.")
                    .build();
        }
        for (LoadedPack p : selected) {
            LOG.info("tool pack '{}' ({}): {}", p.id(), p.source(), p.pack().description());
        }
        return selected;
    }

    /** Registers every tool of the packs, in pack order then tool order. */
    public ToolRegistry register(List<LoadedPack> packs) {
        List<RegisteredTool> tools = new ArrayList<>();
        for (LoadedPack p : packs) {
            List<Tool<?, ?>> packTools;
            try {
                packTools = p.pack().tools();
            } catch (RuntimeException | LinkageError e) {
                throw packFailure(p, "its tools() failed: " + e, e);
            }
            for (Tool<?, ?> tool : packTools) {
                try {
                    tools.add(new RegisteredTool(tool, ToolDescriptors.describe(tool, p.id())));
                } catch (RuntimeException | LinkageError e) {
                    throw packFailure(p, "a tool cannot be registered: " + e.getMessage(), e);
                }
                LOG.debug("registered tool {} from pack {}", tool.spec().name(), p.id());
            }
        }
        return new ToolRegistry(tools);
    }

    @Override
    public void close() {
        plugins.close();
    }

    private List<LoadedPack> builtIn() {
        List<LoadedPack> packs = new ArrayList<>();
        try {
            for (ToolPack pack : ServiceLoader.load(ToolPack.class, host)) {
                packs.add(new LoadedPack(pack, LoadedPack.BUILT_IN));
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new ArangoMcpException(ErrorCode.PLUGIN_INVALID,
                    "a built-in tool pack could not be loaded: " + e.getMessage(), Map.of(), null, e);
        }
        return packs;
    }

    private static void add(Map<String, LoadedPack> byId, LoadedPack pack) {
        String id = pack.id();
        if (id == null || !PACK_ID.matcher(id).matches()) {
            throw packFailure(pack, "its id '" + id + "' is not a lower-case id such as 'core-data'", null);
        }
        LoadedPack earlier = byId.putIfAbsent(id, pack);
        if (earlier != null) {
            throw new ArangoMcpException(ErrorCode.PLUGIN_INVALID, "tool pack id '" + id + "' is used twice: by "
                    + earlier.source() + " (" + earlier.pack().getClass().getName() + ") and by " + pack.source()
                    + " (" + pack.pack().getClass().getName() + ")");
        }
    }

    private static List<LoadedPack> select(Map<String, LoadedPack> byId, List<String> selection) {
        if (selection == null || selection.isEmpty()) {
            return List.copyOf(byId.values());
        }
        List<LoadedPack> selected = new ArrayList<>();
        for (String id : selection) {
            LoadedPack p = byId.get(id.trim());
            if (p == null) {
                throw ArangoMcpException.builder(ErrorCode.PLUGIN_INVALID, "unknown tool pack '" + id + "'")
                        .detail("available_packs", List.copyOf(byId.keySet()))
                        .hint("Available packs: " + String.join(", ", byId.keySet()) + ".")
                        .build();
            }
            if (!selected.contains(p)) {
                selected.add(p);
            }
        }
        return selected;
    }

    private static ArangoMcpException packFailure(LoadedPack pack, String why, Throwable cause) {
        return new ArangoMcpException(ErrorCode.PLUGIN_INVALID, "tool pack " + pack.pack().getClass().getName()
                + " from " + pack.source() + " cannot be used: " + why, Map.of("source", pack.source()), null, cause);
    }
}
