package io.arangomcp.aql.eval;

/**
 * Thrown while folding constants when an expression turns out to need the running query (the catalog, a
 * register); the compiler then leaves it for run time.
 */
public final class NotConstantException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotConstantException() {
        super("not constant", null, false, false);
    }
}
