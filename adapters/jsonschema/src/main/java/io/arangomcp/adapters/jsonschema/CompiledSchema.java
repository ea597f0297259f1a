package io.arangomcp.adapters.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.path.NodePath;
import io.arangomcp.ports.spi.SchemaViolation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * JSON-schema adapter: a schema checked and ready to validate values, any number of times. Thread-safe.
 */
public final class CompiledSchema {
    private static final Comparator<SchemaViolation> ORDER = Comparator
            .comparing(SchemaViolation::path, CompiledSchema::comparePaths)
            .thenComparing(SchemaViolation::keyword)
            .thenComparing(SchemaViolation::message);

    private final Schema schema;
    private final ObjectMapper mapper;

    CompiledSchema(Schema schema, ObjectMapper mapper) {
        this.schema = schema;
        this.mapper = mapper;
    }

    /** Whether the value satisfies the schema. */
    public boolean accepts(Object value) {
        return schema.validate(node(value)).isEmpty();
    }

    /**
     * Every way the value breaks the schema, sorted by path, keyword, message. A value that matches no branch of an
     * {@code anyOf} is reported with each branch's failures, as networknt finds them.
     */
    public List<SchemaViolation> violations(Object value) {
        // distinct: uniqueItems, for one, fails once per duplicate with the same message.
        return schema.validate(node(value)).stream().map(CompiledSchema::violation).distinct().sorted(ORDER)
                .toList();
    }

    private JsonNode node(Object value) {
        return mapper.valueToTree(value);
    }

    /** Step by step, a path before its extensions; indexes by number, so [2] comes before [10]. */
    private static int comparePaths(List<Object> a, List<Object> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            int step = x instanceof Integer m && y instanceof Integer n ? Integer.compare(m, n)
                    : x.toString().compareTo(y.toString());
            if (step != 0) {
                return step;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static SchemaViolation violation(Error error) {
        NodePath location = error.getInstanceLocation();
        List<Object> path = new ArrayList<>(location.getNameCount());
        for (int i = 0; i < location.getNameCount(); i++) {
            path.add(location.getElement(i));
        }
        return new SchemaViolation(path, error.getKeyword(), error.getMessage());
    }
}
