package io.arangomcp.app.packs;

import io.arangomcp.ports.spi.ToolPack;

import java.util.Objects;

/**
 * Packs: a tool pack and where it came from.
 *
 * @param pack   the pack
 * @param source {@code built-in} or the path of its plug-in jar
 */
public record LoadedPack(ToolPack pack, String source) {
    public static final String BUILT_IN = "built-in";

    public LoadedPack {
        Objects.requireNonNull(pack, "pack is null");
        Objects.requireNonNull(source, "source is null");
    }

    public String id() {
        return pack.id();
    }
}
