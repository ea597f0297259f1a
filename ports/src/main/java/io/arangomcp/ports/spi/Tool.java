package io.arangomcp.ports.spi;

/**
 * One tool: metadata, typed arguments and result, and the call.
 *
 * <p>Arguments and results are records. Their JSON schemas (MCP {@code inputSchema}/{@code outputSchema}) are
 * derived from the record components with the annotations of {@link io.arangomcp.ports.spi.schema}; the host
 * validates and binds the caller's JSON before {@link #call} runs, so a tool never sees missing or mistyped
 * arguments. A tool reports failure by throwing {@link io.arangomcp.domain.error.ArangoMcpException} (gateways
 * already do); the host turns every failure into one error object.
 *
 * <p>Implementations are stateless and thread-safe: one instance serves all sessions concurrently.
 *
 * @param <A> the arguments record
 * @param <R> the result record
 * @since 0.1
 */
public interface Tool<A extends Record, R extends Record> {

    /** The tool's metadata. */
    ToolSpec spec();

    /**
     * The arguments record type; {@link NoArguments} for tools without arguments. By default the class named in
     * {@code implements Tool<A, R>}; a tool that leaves its type arguments open must override this.
     */
    default Class<A> argumentsType() {
        return ToolTypes.of(this, 0);
    }

    /** The result record type; by default the class named in {@code implements Tool<A, R>}. */
    default Class<R> resultType() {
        return ToolTypes.of(this, 1);
    }

    /** Runs the tool. */
    R call(A arguments, ToolContext context);

    /**
     * A short text rendering of the result for clients that show only text, or {@code null} to let the host
     * render the result as JSON.
     */
    default String text(R result) {
        return null;
    }
}
