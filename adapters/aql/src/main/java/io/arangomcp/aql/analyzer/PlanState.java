package io.arangomcp.aql.analyzer;

import io.arangomcp.aql.catalog.Catalog;
import io.arangomcp.aql.catalog.CatalogCollection;
import io.arangomcp.aql.functions.FunctionRegistry;
import io.arangomcp.aql.plan.Variable;
import io.arangomcp.domain.error.DatabaseError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the planning passes share: the catalog, bind parameters (and which were used), node and variable
 * numbering, the collections read and written, and the bookkeeping for the access-after-modification rule.
 */
final class PlanState {
    final Catalog catalog;
    final Map<String, Object> bindVars;
    final FunctionRegistry functions;
    final Scopes scopes = new Scopes();
    final Set<String> usedBindVars = new HashSet<>();
    final Set<String> readCollections = new LinkedHashSet<>();
    final Set<String> writeCollections = new LinkedHashSet<>();
    final List<Variable> variables = new ArrayList<>();
    private int nextNodeId = 1;
    private int nextVariableId;
    private boolean anyWrite;

    PlanState(Catalog catalog, Map<String, Object> bindVars, FunctionRegistry functions) {
        this.catalog = catalog;
        this.bindVars = bindVars;
        this.functions = functions;
    }

    int nodeId() {
        return nextNodeId++;
    }

    /** A new variable with its own register; temporaries are named by their id like ArangoDB's. */
    Variable variable(String name) {
        int id = nextVariableId++;
        Variable v = new Variable(id, name == null ? Integer.toString(id) : name, variables.size(), name != null);
        variables.add(v);
        return v;
    }

    /** Declares a user variable in the current scope. */
    Variable declare(String name) {
        Variable v = variable(name);
        scopes.declare(v);
        return v;
    }

    /** The value of a bind parameter (1551 when missing). */
    Object bindValue(String name) {
        usedBindVars.add(name);
        if (!bindVars.containsKey(name)) {
            throw new DatabaseError(400, 1551, "no value specified for declared bind parameter '" + name + "'");
        }
        return bindVars.get(name);
    }

    /** The name a {@code @@c} parameter (or {@code @c} in a collection position) stands for (1553 when bad). */
    String collectionParameter(String parameter) {
        Object v = bindValue(parameter);
        if (!(v instanceof String s) || s.isEmpty()) {
            throw new DatabaseError(400, 1553, "bind parameter '" + parameter + "' has an invalid value or type");
        }
        return s;
    }

    /** A collection that must exist (1203 otherwise). */
    CatalogCollection collection(String name) {
        return catalog.collection(name).orElseThrow(() -> new DatabaseError(404, 1203,
                "collection or view not found: " + name));
    }

    /** Records a read of a collection, enforcing the access-after-modification rule (1579). */
    void read(String collection) {
        if (writeCollections.contains(collection)) {
            throw accessAfterModification(collection);
        }
        readCollections.add(collection);
    }

    /** Records a write; each collection may be modified once per query (1579 otherwise). */
    void write(String collection) {
        if (writeCollections.contains(collection)) {
            throw accessAfterModification(collection);
        }
        writeCollections.add(collection);
        anyWrite = true;
    }

    /** Graph operations and document-reading functions may not follow any modification. */
    void afterAnyWrite(String what) {
        if (anyWrite) {
            throw accessAfterModification(what);
        }
    }

    boolean hasWrites() {
        return anyWrite;
    }

    static DatabaseError accessAfterModification(String what) {
        return new DatabaseError(400, 1579, "access after data-modification by " + what);
    }
}
