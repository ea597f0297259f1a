package io.arangomcp.aql.catalog;

/** Which end of an edge is matched: {@code _from} (outbound edges) or {@code _to} (inbound edges). */
public enum EdgeDirection {
    OUTBOUND, INBOUND
}
