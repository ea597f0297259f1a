package io.arangomcp.ports.out.gateway;

/**
 * Optional abilities of a {@link DatabaseGateway}. A gateway without a capability fails the matching calls with
 * a clear {@code NOT_SUPPORTED} error; it never pretends to succeed.
 *
 * @since 0.1
 */
public enum Capability {
    /** Runs AQL queries ({@link DatabaseGateway#query}). */
    AQL,
    /** Explains and parses AQL ({@link DatabaseGateway#explain}, {@link DatabaseGateway#parse}). */
    EXPLAIN,
    /** Profiles AQL (query option {@code profile}). */
    PROFILE,
    /** Manages named graphs. */
    NAMED_GRAPHS,
    /** Validates documents against a collection's JSON schema. */
    SCHEMA_VALIDATION,
    /** Stream transactions. */
    TRANSACTIONS,
    /** ArangoSearch views and analyzers. */
    ARANGOSEARCH,
    /** Vector indexes and approximate nearest-neighbour functions. */
    VECTOR_SEARCH
}
