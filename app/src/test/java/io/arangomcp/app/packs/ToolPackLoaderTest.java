package io.arangomcp.app.packs;

import io.arangomcp.app.pipeline.ToolRegistry;
import io.arangomcp.app.support.NoServicesClassLoader;
import io.arangomcp.app.support.PluginJarBuilder;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolPackLoaderTest {
    @TempDir
    Path dir;

    private final ToolPackLoader loader = new ToolPackLoader(new NoServicesClassLoader(getClass().getClassLoader()));

    @AfterEach
    void close() {
        loader.close();
    }

    private Path plugins() throws Exception {
        return Files.createDirectories(dir.resolve("plugins"));
    }

    private static ArangoMcpException pluginError(Throwable t) {
        assertThat(t).isInstanceOf(ArangoMcpException.class);
        ArangoMcpException e = (ArangoMcpException) t;
        assertThat(e.code()).isEqualTo(ErrorCode.PLUGIN_INVALID);
        return e;
    }

    @Test
    void loadsPluginJarsInTheirOwnClassLoaderAndRegistersTheirTools() throws Exception {
        Path plugins = plugins();
        new PluginJarBuilder().source("p1/OnePack", PluginJarBuilder.packSource("p1", "OnePack", "one", "one_say"))
                .services("p1.OnePack").build(plugins, "one.jar");
        new PluginJarBuilder().source("p2/TwoPack", PluginJarBuilder.packSource("p2", "TwoPack", "two", "two_say"))
                .services("p2.TwoPack").build(plugins, "two.jar");
        List<LoadedPack> packs = loader.load(plugins, List.of());
        assertThat(packs).extracting(LoadedPack::id).containsExactly("one", "two");
        assertThat(packs.get(0).source()).endsWith("one.jar");
        assertThat(packs.get(0).pack().getClass().getClassLoader())
                .isNotSameAs(packs.get(1).pack().getClass().getClassLoader());
        ToolRegistry tools = loader.register(packs);
        assertThat(tools.descriptors()).extracting(d -> d.name()).containsExactly("one_say", "two_say");
        assertThat(tools.find("two_say").get().descriptor().pack()).isEqualTo("two");
    }

    @Test
    void packsCanBeSelected() throws Exception {
        Path plugins = plugins();
        new PluginJarBuilder().source("p1/OnePack", PluginJarBuilder.packSource("p1", "OnePack", "one", "one_say"))
                .source("p1/TwoPack", PluginJarBuilder.packSource("p1", "TwoPack", "two", "two_say"))
                .services("p1.OnePack", "p1.TwoPack").build(plugins, "both.jar");
        assertThat(loader.load(plugins, List.of("two", "two"))).extracting(LoadedPack::id).containsExactly("two");
        assertThatThrownBy(() -> loader.load(plugins, List.of("three")))
                .satisfies(t -> assertThat(pluginError(t).hint()).contains("one, two"))
                .hasMessageContaining("unknown tool pack 'three'");
    }

    @Test
    void noPacksAtAllIsAStartupError() throws Exception {
        assertThatThrownBy(() -> loader.load(plugins(), List.of()))
                .satisfies(ToolPackLoaderTest::pluginError)
                .hasMessageContaining("no tool packs were found");
        assertThatThrownBy(() -> loader.load(null, List.of())).hasMessageContaining("no tool packs");
    }

    @Test
    void aJarWithoutAPackIsNamedInTheError() throws Exception {
        Path plugins = plugins();
        new PluginJarBuilder().entry("readme.txt", "nothing here").build(plugins, "empty.jar");
        assertThatThrownBy(() -> loader.load(plugins, List.of()))
                .satisfies(ToolPackLoaderTest::pluginError)
                .hasMessageContaining("empty.jar").hasMessageContaining("declares no tool pack");
    }

    @Test
    void aJarBundlingTheSpiIsRefused() throws Exception {
        Path plugins = plugins();
        new PluginJarBuilder().entry("io/arangomcp/ports/spi/ToolPack.class", "fake").build(plugins, "fat.jar");
        assertThatThrownBy(() -> loader.load(plugins, List.of()))
                .hasMessageContaining("fat.jar").hasMessageContaining("bundles its own copy");
    }

    @Test
    void aCorruptJarIsNamedInTheError() throws Exception {
        Path plugins = plugins();
        Files.writeString(plugins.resolve("broken.jar"), "not a zip");
        assertThatThrownBy(() -> loader.load(plugins, List.of()))
                .hasMessageContaining("broken.jar").hasMessageContaining("not a readable jar");
    }

    @Test
    void aServiceNamingAMissingClassIsNamedInTheError() throws Exception {
        Path plugins = plugins();
        new PluginJarBuilder().services("p.Missing").build(plugins, "missing.jar");
        assertThatThrownBy(() -> loader.load(plugins, List.of()))
                .hasMessageContaining("missing.jar").hasMessageContaining("could not be loaded");
    }

    @Test
    void duplicatePackIdsAndToolNamesAreRefused() throws Exception {
        Path plugins = plugins();
        new PluginJarBuilder().source("p1/OnePack", PluginJarBuilder.packSource("p1", "OnePack", "same", "a_say"))
                .services("p1.OnePack").build(plugins, "a.jar");
        new PluginJarBuilder().source("p2/OnePack", PluginJarBuilder.packSource("p2", "OnePack", "same", "b_say"))
                .services("p2.OnePack").build(plugins, "b.jar");
        assertThatThrownBy(() -> loader.load(plugins, List.of()))
                .hasMessageContaining("tool pack id 'same' is used twice").hasMessageContaining("a.jar")
                .hasMessageContaining("b.jar");

        Path other = Files.createDirectories(dir.resolve("other"));
        new PluginJarBuilder().source("p3/APack", PluginJarBuilder.packSource("p3", "APack", "a", "say"))
                .source("p3/BPack", PluginJarBuilder.packSource("p3", "BPack", "b", "say"))
                .services("p3.APack", "p3.BPack").build(other, "c.jar");
        List<LoadedPack> packs = loader.load(other, List.of());
        assertThatThrownBy(() -> loader.register(packs))
                .satisfies(ToolPackLoaderTest::pluginError)
                .hasMessageContaining("tool 'say' is provided twice: by pack 'a' and by pack 'b'");
    }

    @Test
    void aBadPackIdOrAMissingDirectoryIsRefused() throws Exception {
        Path plugins = plugins();
        new PluginJarBuilder().source("p1/OnePack", PluginJarBuilder.packSource("p1", "OnePack", "Bad Id", "x_say"))
                .services("p1.OnePack").build(plugins, "bad.jar");
        assertThatThrownBy(() -> loader.load(plugins, List.of())).hasMessageContaining("is not a lower-case id");
        assertThatThrownBy(() -> loader.load(dir.resolve("nowhere"), List.of()))
                .hasMessageContaining("does not exist or is not a directory");
    }

    @Test
    void aToolWhoseRecordsCannotBeDescribedIsRefusedNamingThePack() throws Exception {
        Path plugins = plugins();
        String source = PluginJarBuilder.packSource("p1", "OnePack", "one", "one_say")
                .replace("public record Out(String said) {}", "public record Out(java.util.Optional<String> said) {}")
                .replace("return new Out(\"hi from one\")", "return new Out(java.util.Optional.empty())");
        new PluginJarBuilder().source("p1/OnePack", source).services("p1.OnePack").build(plugins, "odd.jar");
        List<LoadedPack> packs = loader.load(plugins, List.of());
        assertThatThrownBy(() -> loader.register(packs))
                .satisfies(ToolPackLoaderTest::pluginError)
                .hasMessageContaining("odd.jar").hasMessageContaining("Out.said");
    }
}
