package io.arangomcp.app.support;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.spi.NoArguments;
import io.arangomcp.ports.spi.OperationKind;
import io.arangomcp.ports.spi.Tool;
import io.arangomcp.ports.spi.ToolContext;
import io.arangomcp.ports.spi.ToolSpec;
import io.arangomcp.ports.spi.schema.Default;
import io.arangomcp.ports.spi.schema.Doc;
import io.arangomcp.ports.spi.schema.Range;
import io.arangomcp.ports.spi.schema.Required;

/** Small tools that exercise every path of the pipeline. */
public final class TestTools {
    private TestTools() {
    }

    /** Arguments of the echo tool. */
    public record EchoArgs(@Doc("Text.") @Required String text, @Doc("Times.") @Default("1") @Range(min = 1, max = 5) int times) {
    }

    /** Result of the echo tool. */
    public record EchoResult(@Doc("Echo.") String text, @Doc("Database key.") String database,
                             @Doc("Database name.") String databaseName) {
    }

    /** A database-scoped read tool that reports which database it got. */
    public static final class Echo implements Tool<EchoArgs, EchoResult> {
        @Override
        public ToolSpec spec() {
            return ToolSpec.database("test_echo", "Echo", "test", OperationKind.READ, "Echoes text.");
        }

        @Override
        public EchoResult call(EchoArgs arguments, ToolContext context) {
            return new EchoResult(arguments.text().repeat(arguments.times()), context.databaseKey(),
                    context.database().databaseName());
        }
    }

    /** Result carrying one string. */
    public record Message(@Doc("A message.") String message) {
    }

    /** A database-scoped tool that writes (refused on read-only profiles). */
    public static final class Write implements Tool<NoArguments, Message> {
        @Override
        public ToolSpec spec() {
            return ToolSpec.database("test_write", "Write", "test", OperationKind.CREATE, "Writes.");
        }

        @Override
        public Message call(NoArguments arguments, ToolContext context) {
            return new Message("wrote to " + context.databaseKey() + (context.databaseReadOnly() ? " (ro)" : ""));
        }

        @Override
        public String text(Message result) {
            return result.message();
        }
    }

    /** Arguments naming a workflow. */
    public record WorkflowArgs(@Doc("Workflow.") @Required String workflow) {
    }

    /** A server-scoped tool that switches the session's workflow. */
    public static final class SwitchWorkflow implements Tool<WorkflowArgs, Message> {
        @Override
        public ToolSpec spec() {
            return ToolSpec.server("test_switch", "Switch", "test", OperationKind.META, "Switches workflow.");
        }

        @Override
        public Message call(WorkflowArgs arguments, ToolContext context) {
            context.session().update(s -> s.withWorkflow(arguments.workflow()));
            return new Message(context.session().state().workflow());
        }
    }

    /** Arguments choosing how to fail. */
    public record FailArgs(@Doc("How.") @Required String how) {
    }

    /** A server-scoped tool that fails in the way it is told. */
    public static final class Fail implements Tool<FailArgs, Message> {
        @Override
        public ToolSpec spec() {
            return ToolSpec.server("test_fail", "Fail", "test", OperationKind.META, "Fails.");
        }

        @Override
        public Message call(FailArgs arguments, ToolContext context) {
            switch (arguments.how()) {
                case "bug" -> throw new IllegalStateException("boom");
                case "null" -> {
                    return null;
                }
                default -> throw ArangoMcpException.builder(ErrorCode.NOT_FOUND, "lost: " + arguments.how())
                        .detail("value", arguments.how()).hint("try " + arguments.how()).build();
            }
        }
    }
}
