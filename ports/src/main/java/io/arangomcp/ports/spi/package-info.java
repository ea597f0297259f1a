/**
 * The tool-pack SPI: what a tool pack implements ({@link io.arangomcp.ports.spi.ToolPack},
 * {@link io.arangomcp.ports.spi.Tool}) and what a tool may use while it runs
 * ({@link io.arangomcp.ports.spi.ToolContext}).
 *
 * <p>A pack is a jar with a {@code META-INF/services/io.arangomcp.ports.spi.ToolPack} file naming its
 * {@code ToolPack} classes. It depends on this jar in {@code provided} scope and needs nothing else: no Guice,
 * no JSON library, no MCP SDK. Tool arguments and results are Java records; their JSON schemas are derived
 * from the record components and the annotations in {@link io.arangomcp.ports.spi.schema}.
 *
 * @since 0.1
 */
package io.arangomcp.ports.spi;
