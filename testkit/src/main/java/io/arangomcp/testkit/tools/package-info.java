/**
 * A kit for testing tool packs without a host, for this project's packs and third-party ones alike.
 *
 * <ul>
 *   <li>{@link io.arangomcp.testkit.tools.ToolPackHarness} loads a pack through {@link java.util.ServiceLoader}
 *       as the host does, lists its violations of the SPI rules, and calls tools from JSON arguments to JSON
 *       results with the host's own binder and converter.</li>
 *   <li>{@link io.arangomcp.testkit.tools.FakeToolContext} is a configurable
 *       {@link io.arangomcp.ports.spi.ToolContext}: gateway, read-only flag, registry, a working session, a
 *       directory with scripted probes and real resolution, limits, cancellation and clock.</li>
 *   <li>{@link io.arangomcp.testkit.tools.ScriptedQueryCursor} plays back query batches and records whether the
 *       tool closed it.</li>
 *   <li>{@link io.arangomcp.testkit.tools.ToolMetadataGolden} and {@link io.arangomcp.testkit.tools.CanonicalJson}
 *       pin each tool's name, description, annotations and schemas in golden files.</li>
 * </ul>
 *
 * <p>A typical pack test:
 * <pre>{@code
 * class MyPackTest {
 *     private static final ToolPackHarness PACK = ToolPackHarness.load("my-pack");
 *
 *     @Test
 *     void followsTheSpiRules() {
 *         PACK.assertValid();
 *     }
 *
 *     @Test
 *     void metadataIsPinned() {
 *         PACK.toolNames().forEach(tool -> ToolMetadataGolden.assertPinned(PACK, tool));
 *     }
 *
 *     @Test
 *     void greets() {
 *         FakeToolContext context = FakeToolContext.builder().build();
 *         assertThat(PACK.call("hello", Map.of("name", "Ada"), context)).containsEntry("greeting", "Hello, Ada");
 *     }
 * }
 * }</pre>
 */
package io.arangomcp.testkit.tools;
