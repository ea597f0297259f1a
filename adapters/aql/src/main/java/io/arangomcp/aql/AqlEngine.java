package io.arangomcp.aql;

import io.arangomcp.aql.analyzer.Analyzer;
import io.arangomcp.aql.analyzer.QueryInspector;
import io.arangomcp.aql.ast.Query;
import io.arangomcp.aql.catalog.Catalog;
import io.arangomcp.aql.catalog.WriteTransaction;
import io.arangomcp.aql.eval.QueryContext;
import io.arangomcp.aql.eval.QueryLimits;
import io.arangomcp.aql.exec.Executors;
import io.arangomcp.aql.functions.FunctionRegistry;
import io.arangomcp.aql.parser.Parser;
import io.arangomcp.aql.plan.ExplainWriter;
import io.arangomcp.aql.plan.QueryPlan;
import io.arangomcp.domain.error.DatabaseError;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The AQL engine: runs, explains and parses AQL queries against a {@link Catalog} as ArangoDB 3.12 does.
 *
 * <p>Thread-safe; one engine serves any number of concurrent queries. Parsed queries are cached by text. Every
 * failure is a {@link DatabaseError} with ArangoDB's HTTP status, errorNum and message; no other exception
 * escapes.
 */
public final class AqlEngine {
    private static final int PARSE_CACHE_SIZE = 512;

    private final FunctionRegistry functions;
    private final long defaultMemoryLimit;
    private final Map<String, Query> parsed = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Query> eldest) {
                    return size() > PARSE_CACHE_SIZE;
                }
            });

    /** An engine with all built-in functions; queries without a memoryLimit may use a quarter of the heap. */
    public AqlEngine() {
        this(Runtime.getRuntime().maxMemory() / 4);
    }

    /** An engine whose queries without their own memoryLimit may track at most this many bytes. */
    public AqlEngine(long defaultMemoryLimit) {
        this.functions = FunctionRegistry.standard();
        this.defaultMemoryLimit = defaultMemoryLimit;
    }

    /** The names of all built-in functions. */
    public Set<String> functionNames() {
        return functions.names();
    }

    /**
     * Starts a query. Reading queries stream their results batch by batch; modification queries run to completion
     * (atomically, through one {@link WriteTransaction}) before this returns.
     */
    public AqlCursor execute(String query, Map<String, Object> bindVars, AqlOptions options, Catalog catalog) {
        Objects.requireNonNull(options, "options is null");
        Objects.requireNonNull(catalog, "catalog is null");
        WriteTransaction tx = null;
        try {
            long t0 = System.nanoTime();
            Query ast = parse0(query);
            long t1 = System.nanoTime();
            QueryPlan plan = plan(query, ast, bindVars, catalog, options.fullCount());
            long t2 = System.nanoTime();
            AtomicBoolean killed = new AtomicBoolean();
            long memory = options.memoryLimit() > 0 ? options.memoryLimit() : defaultMemoryLimit;
            long deadline = options.maxRuntime() > 0 ? System.nanoTime() + (long) (options.maxRuntime() * 1e9)
                    : Long.MAX_VALUE;
            QueryContext q = new QueryContext(plan.registers(), catalog,
                    new QueryLimits(options.failOnWarning(), options.maxWarningCount(), memory, deadline), killed);
            if (plan.modification()) {
                tx = catalog.beginWrite(plan.write());
                q.transaction(tx);
            }
            Executors.Pipeline pipeline = Executors.build(plan.nodes(), q, options.profile() > 0);
            Map<String, Object> phases = new LinkedHashMap<>();
            phases.put("parsing", (t1 - t0) / 1e9);
            phases.put("optimizing plan", (t2 - t1) / 1e9);
            Map<String, Object> planJson = options.profile() >= 2 ? ExplainWriter.planOf(plan, catalog) : null;
            AqlCursor cursor = new AqlCursor(q, pipeline, plan, options, killed, phases, planJson);
            cursor.start(tx);
            return cursor;
        } catch (RuntimeException | StackOverflowError e) {
            throw translate(e);
        } finally {
            if (tx != null) {
                tx.close();
            }
        }
    }

    /**
     * Explains a query: ArangoDB's {@code /_api/explain} answer with {@code plan} (or {@code plans} when
     * {@code allPlans}), {@code warnings}, {@code stats} and {@code cacheable}.
     */
    public Map<String, Object> explain(String query, Map<String, Object> bindVars, Catalog catalog, boolean allPlans,
                                       int maxPlans) {
        Objects.requireNonNull(catalog, "catalog is null");
        try {
            long t0 = System.nanoTime();
            QueryPlan plan = plan(query, parse0(query), bindVars, catalog, false);
            return ExplainWriter.explain(plan, catalog, allPlans, (System.nanoTime() - t0) / 1e9);
        } catch (RuntimeException | StackOverflowError e) {
            throw translate(e);
        }
    }

    /** Parses a query: {@code parsed}, {@code collections}, {@code bindVars} and {@code ast}. */
    public Map<String, Object> parse(String query) {
        try {
            Query ast = parse0(query);
            QueryInspector inspector = QueryInspector.of(ast);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("parsed", true);
            out.put("collections", inspector.collections());
            out.put("bindVars", inspector.bindParameters());
            out.put("ast", List.of(io.arangomcp.aql.ast.AstPrinter.print(ast)));
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            throw translate(e);
        }
    }

    private Query parse0(String query) {
        if (query == null || query.isEmpty()) {
            throw new DatabaseError(400, 1502, "query is empty");
        }
        Query q = parsed.get(query);
        if (q == null) {
            q = Parser.parse(query);
            parsed.put(query, q);
        }
        return q;
    }

    private QueryPlan plan(String text, Query ast, Map<String, Object> bindVars, Catalog catalog, boolean fullCount) {
        return Analyzer.analyze(text, ast, bindVars, catalog, functions, Executors::runSubquery, fullCount);
    }

    /** Every failure leaves the engine as a DatabaseError. */
    static DatabaseError translate(Throwable e) {
        if (e instanceof DatabaseError d) {
            return d;
        }
        if (e instanceof StackOverflowError) {
            return new DatabaseError(400, 1524, "too much nesting or too many objects");
        }
        return new DatabaseError(500, 4, "internal error: " + e, null, e);
    }
}
