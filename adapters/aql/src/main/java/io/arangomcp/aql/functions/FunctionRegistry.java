package io.arangomcp.aql.functions;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * All built-in AQL functions by name, registered family by family. Immutable once built; one instance is shared
 * by all queries.
 */
public final class FunctionRegistry {
    private final Map<String, AqlFunction> functions;

    private FunctionRegistry(Map<String, AqlFunction> functions) {
        this.functions = Collections.unmodifiableMap(functions);
    }

    /** The registry of every function this engine implements. */
    public static FunctionRegistry standard() {
        Builder b = new Builder();
        TypeFunctions.register(b);
        StringFunctions.register(b);
        TextFunctions.register(b);
        NumericFunctions.register(b);
        StatisticsFunctions.register(b);
        ArrayFunctions.register(b);
        ArraySetFunctions.register(b);
        DocumentFunctions.register(b);
        DateFunctions.register(b);
        DateArithmeticFunctions.register(b);
        MiscFunctions.register(b);
        GeoFunctions.register(b);
        BitFunctions.register(b);
        return new FunctionRegistry(b.map);
    }

    public Optional<AqlFunction> find(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    /** The names of all functions, sorted. */
    public Set<String> names() {
        return Collections.unmodifiableSet(new TreeSet<>(functions.keySet()));
    }

    /** Collects function definitions during {@link #standard()}. */
    public static final class Builder {
        private final Map<String, AqlFunction> map = new HashMap<>();

        /** A deterministic function. */
        public Builder add(String name, int min, int max, FunctionBody body) {
            return put(new AqlFunction(name, min, max, true, -1, body));
        }

        /** A function with side effects or varying results (never folded at compile time). */
        public Builder addVolatile(String name, int min, int max, FunctionBody body) {
            return put(new AqlFunction(name, min, max, false, -1, body));
        }

        /** A function whose argument {@code collectionArg} may be a bare collection name. */
        public Builder addWithCollection(String name, int min, int max, int collectionArg, FunctionBody body) {
            return put(new AqlFunction(name, min, max, false, collectionArg, body));
        }

        /** Another name for an already registered function. */
        public Builder alias(String alias, String target) {
            AqlFunction f = map.get(target);
            if (f == null) {
                throw new IllegalStateException("unknown alias target " + target);
            }
            return put(new AqlFunction(alias, f.minArgs(), f.maxArgs(), f.deterministic(), f.collectionArg(),
                    f.body()));
        }

        private Builder put(AqlFunction f) {
            if (map.putIfAbsent(f.name(), f) != null) {
                throw new IllegalStateException("duplicate function " + f.name());
            }
            return this;
        }
    }
}
