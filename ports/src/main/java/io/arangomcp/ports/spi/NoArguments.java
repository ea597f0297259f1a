package io.arangomcp.ports.spi;

/**
 * The arguments record of a tool that takes none.
 *
 * @since 0.1
 */
public record NoArguments() {
}
