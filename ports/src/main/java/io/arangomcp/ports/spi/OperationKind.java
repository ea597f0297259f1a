package io.arangomcp.ports.spi;

/**
 * What a tool does to the data it touches. The MCP tool annotations are derived from it, and read-only database
 * profiles refuse tools whose kind {@link #writes() writes}.
 *
 * @since 0.1
 */
public enum OperationKind {
    /** Reads data; changes nothing. */
    READ(true, false, true),
    /** Creates new things (documents, collections, indexes); never changes or deletes existing ones. */
    CREATE(false, false, false),
    /** Changes existing data. */
    UPDATE(false, true, false),
    /** Deletes data. */
    DELETE(false, true, false),
    /** Administers a server or database (users, databases, restores). */
    ADMIN(false, true, false),
    /**
     * Runs a caller-supplied statement (AQL) that may read or write. Not refused up front on read-only
     * profiles: the tool itself refuses statements that modify data there (see
     * {@link ToolContext#databaseReadOnly()}).
     */
    QUERY(false, true, false),
    /**
     * Reads a database and writes what it read outside it, e.g. backup files; never changes the database, so it is
     * allowed on read-only profiles, but it is not read-only for MCP (it creates files).
     */
    EXPORT(false, false, false),
    /** Works on this server's own session state or metadata, never on database contents. */
    META(true, false, true);

    private final boolean readOnly;
    private final boolean destructive;
    private final boolean idempotent;

    OperationKind(boolean readOnly, boolean destructive, boolean idempotent) {
        this.readOnly = readOnly;
        this.destructive = destructive;
        this.idempotent = idempotent;
    }

    /** MCP {@code readOnlyHint}: the tool does not modify its environment. */
    public boolean readOnlyHint() {
        return readOnly;
    }

    /** MCP {@code destructiveHint}: the tool may change or delete existing data. */
    public boolean destructiveHint() {
        return destructive;
    }

    /** MCP {@code idempotentHint}: calling it again with the same arguments has no further effect. */
    public boolean idempotentHint() {
        return idempotent;
    }

    /** Whether the tool writes to a database (refused on read-only profiles). */
    public boolean writes() {
        return this == CREATE || this == UPDATE || this == DELETE || this == ADMIN;
    }
}
