package io.arangomcp.testkit.tools;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolPack;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Required;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolPackHarnessTest {

    record EchoArguments(@Doc("What to echo.") @Required String text) {
    }

    record EchoResult(@Doc("The echoed text.") String echo, @Doc("Its length.") int length) {
    }

    record Undocumented(String text, Nested nested) {
    }

    record Nested(@Doc("Documented.") String ok, List<Inner> inner) {
    }

    record Inner(String bare) {
    }

    record WithDatabase(@Doc("Not allowed here.") String database) {
    }

    record Unsupported(@Doc("Sets are not JSON types.") Set<String> values) {
    }

    /** A configurable tool; only the echo variant is ever called. */
    static final class TestTool<A extends Record, R extends Record> implements Tool<A, R> {
        private final Supplier<ToolSpec> spec;
        private final Class<A> arguments;
        private final Class<R> result;

        TestTool(Supplier<ToolSpec> spec, Class<A> arguments, Class<R> result) {
            this.spec = spec;
            this.arguments = arguments;
            this.result = result;
        }

        @Override
        public ToolSpec spec() {
            return spec.get();
        }

        @Override
        public Class<A> argumentsType() {
            return arguments;
        }

        @Override
        public Class<R> resultType() {
            return result;
        }

        @Override
        public R call(A a, ToolContext context) {
            String text = ((EchoArguments) a).text();
            return result.cast(new EchoResult(text, text.length()));
        }
    }

    /** Leaves its type arguments open and does not name its record types. */
    static final class OpenTool<A extends Record, R extends Record> implements Tool<A, R> {
        @Override
        public ToolSpec spec() {
            return ToolPackHarnessTest.spec("open");
        }

        @Override
        public R call(A a, ToolContext context) {
            return null;
        }
    }

    record TestPack(String id, String description, List<Tool<?, ?>> tools) implements ToolPack {
    }

    private static ToolSpec spec(String name) {
        return ToolSpec.database(name, "Title", "test", OperationKind.READ, "Does a thing.");
    }

    private static Tool<?, ?> echo() {
        ToolSpec spec = spec("echo");
        return new TestTool<>(() -> spec, EchoArguments.class, EchoResult.class);
    }

    @Test
    void aGoodPackHasNoViolationsAndItsToolsCanBeCalledFromJson() {
        ToolPackHarness harness = ToolPackHarness.of(new TestPack("good-pack", "Echoes.", List.of(echo())))
                .assertValid();

        assertThat(harness.toolNames()).containsExactly("echo");
        assertThat(harness.call("echo", Map.of("text", "hi"), FakeToolContext.builder().build()))
                .isEqualTo(Map.of("echo", "hi", "length", 2));
        assertThat(harness.bind("echo", Map.of("text", "x"))).isEqualTo(new EchoArguments("x"));
        assertThatThrownBy(() -> harness.bind("echo", Map.of()))
                .isInstanceOfSatisfying(ArangoMcpException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENTS));
        assertThatThrownBy(() -> harness.tool("nope")).isInstanceOf(AssertionError.class).hasMessageContaining("echo");
    }

    @Test
    void metadataHoldsTheWholePublicContract() {
        ToolPackHarness harness = ToolPackHarness.of(new TestPack("good-pack", "Echoes.", List.of(echo())));

        Map<String, Object> metadata = harness.metadata("echo");

        assertThat(metadata).containsEntry("name", "echo").containsEntry("kind", "READ")
                .containsEntry("databaseScoped", true).doesNotContainKey("aliasOf")
                .containsEntry("annotations", Map.of("readOnlyHint", true, "destructiveHint", false,
                        "idempotentHint", true))
                .containsKeys("inputSchema", "outputSchema");
    }

    @Test
    void listsEveryViolation() {
        ToolSpec changing = spec("changing");
        AtomicInteger calls = new AtomicInteger();
        List<Tool<?, ?>> tools = List.of(
                echo(), echo(),
                new TestTool<>(() -> spec("bare"), Undocumented.class, Undocumented.class),
                new TestTool<>(() -> spec("db"), WithDatabase.class, EchoResult.class),
                new TestTool<>(() -> spec("unsupported"), Unsupported.class, EchoResult.class),
                new TestTool<>(() -> new ToolSpec("changing", "T", "Call " + calls.incrementAndGet(), "c",
                        OperationKind.READ, false, null), EchoArguments.class, EchoResult.class),
                new TestTool<>(() -> changing.aliasAs("alias", "Alias").aliasAs("alias2", "Alias"),
                        EchoArguments.class, EchoResult.class),
                new TestTool<>(() -> spec("untyped"), null, EchoResult.class),
                new OpenTool<EchoArguments, EchoResult>(),
                new TestTool<>(() -> null, EchoArguments.class, EchoResult.class));

        List<String> violations = SpiRules.check(new TestPack("Bad Pack", " ", tools));

        assertThat(violations).anyMatch(v -> v.contains("pack id 'Bad Pack'"))
                .anyMatch(v -> v.contains("needs a description"))
                .anyMatch(v -> v.equals("tool name 'echo' is used twice"))
                .anyMatch(v -> v.contains("argument 'text' of Undocumented has no @Doc"))
                .anyMatch(v -> v.contains("argument 'inner' of Nested has no @Doc"))
                .anyMatch(v -> v.contains("argument 'bare' of Inner has no @Doc"))
                .anyMatch(v -> v.contains("result field 'nested' of Undocumented"))
                .anyMatch(v -> v.contains("db: a database-scoped tool must not declare 'database'"))
                .anyMatch(v -> v.contains("unsupported: schemas cannot be derived"))
                .anyMatch(v -> v.contains("changing: spec() must return the same value"))
                .anyMatch(v -> v.contains("alias2 is an alias of 'alias'"))
                .anyMatch(v -> v.contains("untyped: argumentsType() and resultType() must not be null"))
                .anyMatch(v -> v.contains("open: ") && v.contains("override argumentsType() and resultType()"))
                .anyMatch(v -> v.contains(".spec() returned null"));
        ToolPackHarness harness = ToolPackHarness.of(new TestPack("x", "d", List.of(echo(), echo())));
        assertThatThrownBy(() -> ToolPackHarness.of(new TestPack("x", "d", List.of(echo(), echo()))).assertValid())
                .isInstanceOf(AssertionError.class).hasMessageContaining("- tool name 'echo' is used twice");
        assertThat(harness.toolNames()).containsExactly("echo");
    }

    @Test
    void aPackWithoutToolsIsAViolation() {
        assertThat(SpiRules.check(new TestPack("empty", "Nothing.", List.of())))
                .containsExactly("pack 'empty' has no tools");
    }

    @Test
    void loadingAnUnregisteredPackFailsNamingTheRegisteredOnes() {
        assertThatThrownBy(() -> ToolPackHarness.load("not-there"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("0 tool packs with id 'not-there'")
                .hasMessageContaining("found ids:");
    }
}
