package io.arangomcp.ports.spi;

import java.util.List;

/**
 * A set of tools shipped together, found by {@link java.util.ServiceLoader}.
 *
 * <p>Implementations have a public no-argument constructor and are registered in
 * {@code META-INF/services/io.arangomcp.ports.spi.ToolPack}. They never receive the host's injector or
 * internals: everything a tool may use arrives per call through its {@link ToolContext}. New kinds of
 * contribution will be added as default methods returning empty lists, so existing packs keep working.
 *
 * <p>Example:
 * <pre>{@code
 * public final class GreetingPack implements ToolPack {
 *     public String id() { return "greeting"; }
 *     public String description() { return "Says hello."; }
 *     public List<Tool<?, ?>> tools() { return List.of(new HelloTool()); }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public interface ToolPack {

    /** A short, unique, lower-case id such as {@code core-data}; used by {@code --packs}. */
    String id();

    /** One sentence saying what the pack's tools are for. */
    String description();

    /** The pack's tools, in the order they should be listed. */
    List<Tool<?, ?>> tools();
}
