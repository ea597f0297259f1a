package io.arangomcp.app.packs;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.spi.ToolPack;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Packs: loads the tool packs of the jars in a plug-ins directory, each jar in its own class loader whose parent
 * is the host's, so a pack sees the SPI (and nothing of other plug-ins). A jar that cannot be read, bundles its
 * own copy of the SPI, declares no pack, or whose pack fails to load stops start-up with a message naming it.
 */
final class PluginJars {
    private static final String SERVICE_FILE = "META-INF/services/" + ToolPack.class.getName();
    private static final String SPI_PREFIX = "io/arangomcp/ports/";

    private final ClassLoader host;
    private final List<URLClassLoader> loaders = new ArrayList<>();

    PluginJars(ClassLoader host) {
        this.host = host;
    }

    /** The packs of every {@code *.jar} in {@code directory}, jars in name order. */
    List<LoadedPack> load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ArangoMcpException(ErrorCode.PLUGIN_INVALID,
                    "plug-ins directory " + directory + " does not exist or is not a directory");
        }
        List<Path> jars;
        try (Stream<Path> files = Files.list(directory)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new ArangoMcpException(ErrorCode.PLUGIN_INVALID,
                    "cannot list plug-ins directory " + directory + ": " + e.getMessage());
        }
        List<LoadedPack> packs = new ArrayList<>();
        for (Path jar : jars) {
            packs.addAll(loadJar(jar));
        }
        return packs;
    }

    /** Closes the plug-in class loaders (at shutdown). */
    void close() {
        for (URLClassLoader loader : loaders) {
            try {
                loader.close();
            } catch (IOException e) {
                // Nothing useful to do at shutdown; the process is ending.
            }
        }
    }

    private List<LoadedPack> loadJar(Path jar) {
        inspect(jar);
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("plugin:" + jar.getFileName(), new URL[]{jar.toUri().toURL()}, host);
        } catch (MalformedURLException e) {
            throw failure(jar, "its path cannot be used as a URL", e);
        }
        loaders.add(loader);
        List<LoadedPack> packs = new ArrayList<>();
        try {
            for (ToolPack pack : ServiceLoader.load(ToolPack.class, loader)) {
                // The loader also sees the host's packs through its parent; keep only the jar's own.
                if (pack.getClass().getClassLoader() == loader) {
                    packs.add(new LoadedPack(pack, jar.toString()));
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw failure(jar, "its tool pack could not be loaded: " + e.getMessage(), e);
        }
        if (packs.isEmpty()) {
            throw failure(jar, "it declares no tool pack (expected a " + SERVICE_FILE
                    + " file naming a class that implements " + ToolPack.class.getName() + ")", null);
        }
        return packs;
    }

    private static void inspect(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            boolean bundlesSpi = file.stream().anyMatch(e -> e.getName().startsWith(SPI_PREFIX));
            if (bundlesSpi) {
                throw failure(jar, "it bundles its own copy of the arango-mcp SPI (io.arangomcp.ports); "
                        + "declare arango-mcp-ports with <scope>provided</scope> and rebuild it", null);
            }
        } catch (IOException e) {
            throw failure(jar, "it is not a readable jar: " + e.getMessage(), e);
        }
    }

    private static ArangoMcpException failure(Path jar, String why, Throwable cause) {
        return ArangoMcpException.builder(ErrorCode.PLUGIN_INVALID, "plug-in " + jar + " cannot be used: " + why)
                .detail("jar", jar.toString())
                .hint("Remove the jar from the plug-ins directory or fix it; arango-mcp does not start with a "
                        + "broken plug-in.")
                .cause(cause)
                .build();
    }
}
