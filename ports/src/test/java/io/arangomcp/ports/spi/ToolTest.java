package io.arangomcp.ports.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolTest {

    record Greeting(String text) {
    }

    static final class HelloTool implements Tool<NoArguments, Greeting> {
        @Override
        public ToolSpec spec() {
            return ToolSpec.server("hello", "Hello", "demo", OperationKind.META, "Says hello.");
        }

        @Override
        public Greeting call(NoArguments arguments, ToolContext context) {
            return new Greeting("hello");
        }
    }

    /** Leaves its type arguments open, so the host cannot read them from the class. */
    static final class OpenTool<A extends Record, R extends Record> implements Tool<A, R> {
        @Override
        public ToolSpec spec() {
            return ToolSpec.server("open", "Open", "demo", OperationKind.META, "Open types.");
        }

        @Override
        public R call(A arguments, ToolContext context) {
            return null;
        }
    }

    /** Inherits its Tool clause from a superclass. */
    static class BaseTool implements Tool<NoArguments, Greeting> {
        @Override
        public ToolSpec spec() {
            return ToolSpec.server("base", "Base", "demo", OperationKind.META, "Base.");
        }

        @Override
        public Greeting call(NoArguments arguments, ToolContext context) {
            return new Greeting("base");
        }
    }

    static final class DerivedTool extends BaseTool {
    }

    @Test
    void theRecordTypesAreReadFromTheToolClause() {
        assertThat(new HelloTool().argumentsType()).isEqualTo(NoArguments.class);
        assertThat(new HelloTool().resultType()).isEqualTo(Greeting.class);
        assertThat(new DerivedTool().resultType()).isEqualTo(Greeting.class);
    }

    @Test
    void aToolWithOpenTypeArgumentsIsToldToNameThem() {
        assertThatThrownBy(() -> new OpenTool<NoArguments, Greeting>().argumentsType())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("OpenTool").hasMessageContaining("override argumentsType() and resultType()");
    }

    @Test
    void textDefaultsToNullSoTheHostRendersJson() {
        HelloTool tool = new HelloTool();

        assertThat(tool.text(tool.call(new NoArguments(), null))).isNull();
    }
}
