/**
 * In-memory backend: sample data for {@code --sample-data}, loaded through the
 * {@link io.arangomcp.ports.out.gateway.DatabaseGateway} port, so it works on any backend.
 *
 * <p>Two small graph data sets, made up for this project:
 * <ul>
 *   <li>{@code social}: collection {@code persons} (16 people: {@code name}, {@code age}, {@code city},
 *       {@code email}, {@code interests}) with a unique index on {@code email} and indexes on {@code age} and
 *       {@code interests[*]}; edge collection {@code knows} (32 directed edges with {@code since}, the year two
 *       people met) with an index on {@code since}; named graph {@code social}.</li>
 *   <li>{@code routes}: collection {@code cities} (14 cities of the Iberian peninsula and Andorra: {@code name},
 *       {@code country}, {@code population}, {@code location} as {@code [latitude, longitude]}) with indexes on
 *       {@code country} and a geo index on {@code location}; edge collection {@code roads} (24 roads with
 *       {@code distance} in km and {@code highway}) with an index on {@code distance}; named graph
 *       {@code routes}.</li>
 * </ul>
 * Every document has a fixed {@code _key}, so loading twice inserts nothing new; documents already present are
 * left as they are.
 */
package io.arangomcp.adapters.memory.sample;
