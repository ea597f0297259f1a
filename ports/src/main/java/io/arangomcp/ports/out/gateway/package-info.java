/**
 * The driven port to one ArangoDB database ({@link io.arangomcp.ports.out.gateway.DatabaseGateway}) and the
 * values that cross it. Values are plain JSON: {@code Map<String,Object>}, {@code List<Object>}, {@code String},
 * {@code Number}, {@code Boolean} and {@code null}; small records name the shapes that every backend shares.
 *
 * @since 0.1
 */
package io.arangomcp.ports.out.gateway;
