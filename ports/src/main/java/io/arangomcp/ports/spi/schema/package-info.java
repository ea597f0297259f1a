/**
 * Annotations that describe tool argument and result records, and the code that turns those records into JSON
 * schemas ({@link io.arangomcp.ports.spi.schema.RecordSchemas}), binds JSON arguments to them
 * ({@link io.arangomcp.ports.spi.schema.ArgumentBinder}) and turns results into JSON
 * ({@link io.arangomcp.ports.spi.schema.JsonValues}).
 *
 * <p>Supported component types: {@code String}; {@code boolean}/{@code Boolean}; {@code int}, {@code long},
 * {@code double} and their boxes; {@code List<T>}; {@code Map<String, T>}; {@code Object} (any JSON value); and
 * nested records. A primitive component without {@link io.arangomcp.ports.spi.schema.Default} is required; a
 * reference component is optional unless annotated {@link io.arangomcp.ports.spi.schema.Required}.
 *
 * @since 0.1
 */
package io.arangomcp.ports.spi.schema;
