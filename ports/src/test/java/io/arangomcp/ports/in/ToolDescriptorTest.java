package io.arangomcp.ports.in;

import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.ToolSpec;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolDescriptorTest {
    private final ToolSpec spec = ToolSpec.database("arango_query", "Run AQL", "core_data", OperationKind.QUERY,
            "Runs an AQL query.");

    @Test
    void exposesNameAndKindOfItsSpec() {
        ToolDescriptor d = new ToolDescriptor(spec, "core-data", Map.of("type", "object"), Map.of("type", "object"));

        assertThat(d.name()).isEqualTo("arango_query");
        assertThat(d.kind()).isEqualTo(OperationKind.QUERY);
        assertThat(d.pack()).isEqualTo("core-data");
    }

    @Test
    void schemasAreCopied() {
        Map<String, Object> input = new HashMap<>(Map.of("type", "object"));
        ToolDescriptor d = new ToolDescriptor(spec, "core-data", input, Map.of());
        input.put("required", "x");

        assertThat(d.inputSchema()).containsOnlyKeys("type");
        assertThatThrownBy(() -> d.outputSchema().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void schemasKeepTheirKeyOrder() {
        Map<String, Object> schema = new LinkedHashMap<>();
        for (String key : List.of("type", "properties", "required", "additionalProperties", "description", "title",
                "examples", "default", "deprecated", "readOnly", "writeOnly", "$comment")) {
            schema.put(key, key);
        }

        ToolDescriptor d = new ToolDescriptor(spec, "core-data", schema, schema);

        assertThat(d.inputSchema().keySet()).containsExactlyElementsOf(schema.keySet());
        assertThat(d.outputSchema().keySet()).containsExactlyElementsOf(schema.keySet());
    }

    @Test
    void needsSpecAndPack() {
        assertThatThrownBy(() -> new ToolDescriptor(null, "p", Map.of(), Map.of())).hasMessage("spec is null");
        assertThatThrownBy(() -> new ToolDescriptor(spec, null, Map.of(), Map.of())).hasMessage("pack is null");
    }
}
