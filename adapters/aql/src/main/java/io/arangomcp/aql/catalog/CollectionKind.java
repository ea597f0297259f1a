package io.arangomcp.aql.catalog;

/** Whether a collection holds documents or edges. */
public enum CollectionKind {
    DOCUMENT, EDGE
}
