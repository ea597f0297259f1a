package io.arangomcp.testkit.tools;

import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolPack;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.FieldModel;
import io.arangomcp.ports.spi.schema.RecordSchemas;
import io.arangomcp.ports.spi.schema.ValueType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a tool pack against the rules the host enforces or relies on, and lists every violation.
 */
final class SpiRules {
    // The host's loader accepts exactly these ids.
    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private SpiRules() {
    }

    /** Every violation of the SPI rules by {@code pack}, as sentences; empty when it follows them all. */
    static List<String> check(ToolPack pack) {
        List<String> violations = new ArrayList<>();
        String id = pack.id();
        if (id == null || !PACK_ID.matcher(id).matches()) {
            violations.add("pack id '" + id + "' must be 1-64 lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit, e.g. 'core-data'");
        }
        if (pack.description() == null || pack.description().isBlank()) {
            violations.add("pack '" + id + "' needs a description");
        }
        List<Tool<?, ?>> tools = pack.tools();
        if (tools == null || tools.isEmpty()) {
            violations.add("pack '" + id + "' has no tools");
            return violations;
        }
        Set<String> names = new HashSet<>();
        for (Tool<?, ?> tool : tools) {
            ToolSpec spec = tool.spec();
            if (spec == null) {
                violations.add(tool.getClass().getName() + ".spec() returned null");
                continue;
            }
            if (!names.add(spec.name())) {
                violations.add("tool name '" + spec.name() + "' is used twice");
            }
            if (!spec.equals(tool.spec())) {
                violations.add(spec.name() + ": spec() must return the same value on every call");
            }
            checkTypes(tool, spec, violations);
        }
        for (Tool<?, ?> tool : tools) {
            String aliasOf = tool.spec() == null ? null : tool.spec().aliasOf();
            if (aliasOf != null && !names.contains(aliasOf)) {
                violations.add(tool.spec().name() + " is an alias of '" + aliasOf + "', which is not in the pack");
            }
        }
        return violations;
    }

    private static void checkTypes(Tool<?, ?> tool, ToolSpec spec, List<String> violations) {
        String name = spec.name();
        Class<? extends Record> argumentsType;
        Class<? extends Record> resultType;
        try {
            argumentsType = tool.argumentsType();
            resultType = tool.resultType();
        } catch (RuntimeException e) {
            violations.add(name + ": " + e.getMessage());
            return;
        }
        if (argumentsType == null || resultType == null) {
            violations.add(name + ": argumentsType() and resultType() must not be null");
            return;
        }
        try {
            RecordSchemas.inputSchema(argumentsType);
            RecordSchemas.outputSchema(resultType);
        } catch (RuntimeException e) {
            violations.add(name + ": schemas cannot be derived: " + e.getMessage());
            return;
        }
        List<FieldModel> arguments = FieldModel.of(argumentsType);
        if (spec.databaseScoped() && arguments.stream().anyMatch(f -> f.name().equals("database")
                || f.aliases().contains("database"))) {
            violations.add(name + ": a database-scoped tool must not declare 'database' (the host adds it)");
        }
        undocumented(argumentsType, "argument ", new HashSet<>(), violations, name);
        undocumented(resultType, "result field ", new HashSet<>(), violations, name);
    }

    private static void undocumented(Class<? extends Record> type, String prefix, Set<Class<?>> seen,
                                     List<String> violations, String tool) {
        if (!seen.add(type)) {
            return;
        }
        for (FieldModel f : FieldModel.of(type)) {
            if (f.description() == null || f.description().isBlank()) {
                violations.add(tool + ": " + prefix + "'" + f.name() + "' of " + type.getSimpleName()
                        + " has no @Doc description");
            }
            Class<? extends Record> nested = nestedRecord(f.type());
            if (nested != null) {
                undocumented(nested, prefix, seen, violations, tool);
            }
        }
    }

    private static Class<? extends Record> nestedRecord(ValueType type) {
        if (type instanceof ValueType.RecordType r) {
            return r.type();
        }
        if (type instanceof ValueType.ListType l) {
            return nestedRecord(l.element());
        }
        if (type instanceof ValueType.MapType m) {
            return nestedRecord(m.value());
        }
        return null;
    }
}
