package io.arangomcp.app.support;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/** Compiles Java sources against the test class path and packs them, plus extra entries, into a jar. */
public final class PluginJarBuilder {
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> entries = new LinkedHashMap<>();

    /** Adds a source file, e.g. {@code ("p/MyPack", "package p; …")}. */
    public PluginJarBuilder source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /** Adds a text entry, e.g. a services file. */
    public PluginJarBuilder entry(String name, String text) {
        entries.put(name, text);
        return this;
    }

    /** Names {@code providers} in the ToolPack services file. */
    public PluginJarBuilder services(String... providers) {
        return entry("META-INF/services/io.arangomcp.ports.spi.ToolPack", String.join("\n", providers) + "\n");
    }

    public Path build(Path directory, String jarName) throws IOException {
        Path src = Files.createTempDirectory(directory, "src");
        Path classes = Files.createTempDirectory(directory, "classes");
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-classpath",
                System.getProperty("java.class.path"), "--release", "17"));
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey() + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        if (!sources.isEmpty()) {
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int code = compiler.run(null, null, errors, args.toArray(String[]::new));
            if (code != 0) {
                throw new IllegalStateException("plug-in sources do not compile: " + errors);
            }
        }
        Path jar = directory.resolve(jarName);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                j.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(f));
                j.closeEntry();
            }
            for (Map.Entry<String, String> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }

    /** Source of a pack with one server-scoped tool. */
    public static String packSource(String pkg, String className, String packId, String toolName) {
        return "package " + pkg + ";\n"
                + "import io.arangomcp.ports.spi.*;\n"
                + "import java.util.List;\n"
                + "public final class " + className + " implements ToolPack {\n"
                + "  public record Out(String said) {}\n"
                + "  public String id() { return \"" + packId + "\"; }\n"
                + "  public String description() { return \"Test plug-in.\"; }\n"
                + "  public List<Tool<?, ?>> tools() { return List.of(new Tool<NoArguments, Out>() {\n"
                + "    public ToolSpec spec() { return ToolSpec.server(\"" + toolName + "\", \"Say\", \"test\","
                + " OperationKind.META, \"Says hi.\"); }\n"
                + "    public Class<NoArguments> argumentsType() { return NoArguments.class; }\n"
                + "    public Class<Out> resultType() { return Out.class; }\n"
                + "    public Out call(NoArguments a, ToolContext c) { return new Out(\"hi from " + packId + "\"); }\n"
                + "  }); }\n"
                + "}\n";
    }
}
