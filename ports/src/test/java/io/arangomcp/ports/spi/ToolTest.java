package io.arangomcp.ports.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ToolTest {

    record Greeting(String text) {
    }

    static final class HelloTool implements Tool<NoArguments, Greeting> {
        @Override
        public ToolSpec spec() {
            return ToolSpec.server("hello", "Hello", "demo", OperationKind.META, "Says hello.");
        }

        @Override
        public Class<NoArguments> argumentsType() {
            return NoArguments.class;
        }

        @Override
        public Class<Greeting> resultType() {
            return Greeting.class;
        }

        @Override
        public Greeting call(NoArguments arguments, ToolContext context) {
            return new Greeting("hello");
        }
    }

    @Test
    void textDefaultsToNullSoTheHostRendersJson() {
        HelloTool tool = new HelloTool();

        assertThat(tool.text(tool.call(new NoArguments(), null))).isNull();
    }
}
