package io.arangomcp.aql.ast;

/** The direction in which a traversal or path search follows edges. */
public enum Direction {
    OUTBOUND, INBOUND, ANY
}
