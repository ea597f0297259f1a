package io.arangomcp.app.pipeline;

import io.arangomcp.app.support.Fixtures;
import io.arangomcp.ports.in.CallHooks;
import io.arangomcp.ports.in.Caller;
import io.arangomcp.ports.in.ErrorInfo;
import io.arangomcp.ports.in.ToolCallResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class InvocationPipelineTest {
    private static final Map<String, String> ENV = Map.of("PW", "s3cret-pw");
    private final Fixtures f = Fixtures.with(Fixtures.registry(), ENV);
    private final Caller alice = Caller.trusted("alice", "test");
    private final Caller bob = Caller.trusted("bob", "test");

    private ToolCallResult call(Caller caller, String tool, Map<String, Object> args) {
        return f.pipeline.call(caller, tool, args, CallHooks.NONE);
    }

    private static Map<String, Object> ok(ToolCallResult r) {
        assertThat(r).isInstanceOf(ToolCallResult.Success.class);
        return ((ToolCallResult.Success) r).structured();
    }

    private static ErrorInfo error(ToolCallResult r) {
        assertThat(r).isInstanceOf(ToolCallResult.Failure.class);
        return ((ToolCallResult.Failure) r).error();
    }

    @Test
    void unknownToolsSuggestCloseNames() {
        ErrorInfo e = error(call(alice, "test_ecoh", Map.of()));
        assertThat(e.code()).isEqualTo("UNKNOWN_TOOL");
        assertThat(e.hint()).contains("test_echo");
    }

    @Test
    void firstCallCreatesTheSessionImplicitly() {
        assertThat(f.sessions.find("alice")).isEmpty();
        ok(call(alice, "test_echo", Map.of("text", "x")));
        assertThat(f.sessions.find("alice")).isPresent();
        assertThat(f.sessions.find("alice").get().usage()).containsKey("test_echo");
    }

    @Test
    void databaseToolsUseTheConfiguredDefaultThenFocusThenOverride() {
        assertThat(ok(call(alice, "test_echo", Map.of("text", "x")))).containsEntry("database", "a");
        f.sessions.update("alice", java.time.Instant.now(), s -> s.withFocus("b"));
        assertThat(ok(call(alice, "test_echo", Map.of("text", "x")))).containsEntry("database", "b")
                .containsEntry("databaseName", "db_b");
        Map<String, Object> overridden = ok(call(alice, "test_echo", Map.of("text", "x", "database", "ro")));
        assertThat(overridden).containsEntry("database", "ro");
        assertThat(f.sessions.find("alice").get().focusedDatabase()).isEqualTo("b");
    }

    @Test
    void anUnknownOverrideNamesTheConfiguredKeys() {
        ErrorInfo e = error(call(alice, "test_echo", Map.of("text", "x", "database", "nope")));
        assertThat(e.code()).isEqualTo("DATABASE_NOT_CONFIGURED");
        assertThat(e.details()).containsEntry("available_databases", List.of("a", "b", "ro"));
    }

    @Test
    void everyArgumentProblemIsReportedAtOnce() {
        ErrorInfo e = error(call(alice, "test_echo", Map.of("times", 9, "database", 5, "bogus", true)));
        assertThat(e.code()).isEqualTo("INVALID_ARGUMENTS");
        assertThat(e.message()).contains("test_echo").contains("'database'").contains("'text' is required")
                .contains("'times' must be at most 5").contains("'bogus' is not a known argument");
        assertThat((List<?>) e.details().get("problems")).hasSize(4);
        assertThat(f.sessions.find("alice").get().usage()).isEmpty();
    }

    @Test
    void sessionToolsNeverResolveADatabase() {
        Fixtures none = Fixtures.with(Fixtures.empty(), Map.of());
        ToolCallResult r = none.pipeline.call(alice, "test_switch", Map.of("workflow", "graph_modeling"),
                CallHooks.NONE);
        assertThat(ok(r)).containsEntry("message", "graph_modeling");
        ErrorInfo e = error(none.pipeline.call(alice, "test_echo", Map.of("text", "x"), CallHooks.NONE));
        assertThat(e.code()).isEqualTo("DATABASE_NOT_CONFIGURED");
        assertThat(e.message()).contains("no database is configured");
    }

    @Test
    void readOnlyProfilesRefuseWritingTools() {
        ErrorInfo e = error(call(alice, "test_write", Map.of("database", "ro")));
        assertThat(e.code()).isEqualTo("ACCESS_DENIED");
        assertThat(e.message()).contains("'ro' is read-only");
        ToolCallResult written = call(alice, "test_write", Map.of());
        assertThat(written.text()).isEqualTo("wrote to a");
        assertThat(ok(call(alice, "test_echo", Map.of("text", "r", "database", "ro")))).containsEntry("database", "ro");
    }

    @Test
    void toolErrorsKeepTheirCodeDetailsAndHint() {
        ToolCallResult r = call(alice, "test_fail", Map.of("how", "away"));
        ErrorInfo e = error(r);
        assertThat(e.code()).isEqualTo("NOT_FOUND");
        assertThat(e.details()).containsEntry("value", "away");
        assertThat(e.hint()).isEqualTo("try away");
        assertThat(r.text()).startsWith("Error NOT_FOUND: lost: away").contains("Hint: try away")
                .contains("Details: {\"value\":\"away\"}");
        assertThat(f.sessions.find("alice").get().usage()).containsKey("test_fail");
    }

    @Test
    void bugsBecomeInternalErrorsWithAReferenceAndNoStackTrace() {
        ErrorInfo e = error(call(alice, "test_fail", Map.of("how", "bug")));
        assertThat(e.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(e.message()).doesNotContain("boom").doesNotContain("IllegalStateException");
        assertThat(e.details()).containsKey("reference");
        assertThat(error(call(alice, "test_fail", Map.of("how", "null"))).code()).isEqualTo("INTERNAL_ERROR");
    }

    @Test
    void secretsAreRedactedFromErrors() {
        ErrorInfo e = error(call(alice, "test_fail", Map.of("how", "s3cret-pw")));
        assertThat(e.message()).isEqualTo("lost: ***");
        assertThat(e.details()).containsEntry("value", "***");
        assertThat(e.hint()).isEqualTo("try ***");
    }

    @Test
    void aMissingPasswordVariableIsAnErrorNamingIt() {
        Fixtures noPassword = Fixtures.with(Fixtures.registry(), Map.of());
        ErrorInfo e = error(noPassword.pipeline.call(alice, "test_echo", Map.of("text", "x"), CallHooks.NONE));
        assertThat(e.code()).isEqualTo("CONFIG_INVALID");
        assertThat(e.message()).contains("environment variable PW (password_env) is not set");
    }

    @Test
    void onlyTheChangedSessionIsToldItsToolsChanged() {
        List<String> changed = new CopyOnWriteArrayList<>();
        f.pipeline.addToolListListener(changed::add);
        f.pipeline.addToolListListener(id -> {
            throw new IllegalStateException("a broken listener does not break calls");
        });
        ok(call(alice, "test_echo", Map.of("text", "x")));
        ok(call(bob, "test_switch", Map.of("workflow", "baseline")));
        ok(call(bob, "test_switch", Map.of("workflow", "baseline")));
        assertThat(changed).containsExactly("bob");
    }

    @Test
    void switchingWorkflowKeepsTheFocusedDatabase() {
        f.sessions.update("alice", java.time.Instant.now(), s -> s.withFocus("b"));
        ok(call(alice, "test_switch", Map.of("workflow", "graph_modeling")));
        assertThat(f.sessions.find("alice").get().focusedDatabase()).isEqualTo("b");
        assertThat(f.sessions.find("alice").get().workflow()).isEqualTo("graph_modeling");
        assertThat(ok(call(alice, "test_echo", Map.of("text", "x")))).containsEntry("database", "b");
    }

    @Test
    void listsToolsAndEndsSessions() {
        assertThat(f.pipeline.registeredTools()).extracting(d -> d.name())
                .containsExactly("test_echo", "test_write", "test_switch", "test_fail");
        assertThat(f.pipeline.listTools(alice)).hasSize(4);
        f.pipeline.endSession("alice");
        assertThat(f.sessions.find("alice")).isEmpty();
    }

    @Test
    void manySessionsCallConcurrentlyWithoutSeeingEachOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String session = "s" + i;
            String focus = i % 2 == 0 ? "a" : "b";
            results.add(pool.submit(() -> {
                Caller c = Caller.trusted(session, "test");
                f.sessions.update(session, java.time.Instant.now(), s -> s.withFocus(focus));
                for (int n = 0; n < 25; n++) {
                    Map<String, Object> r = ok(call(c, "test_echo", Map.of("text", "x")));
                    if (!focus.equals(r.get("database"))) {
                        return false;
                    }
                }
                return f.sessions.find(session).get().usage().get("test_echo").count() == 25;
            }));
        }
        for (Future<Boolean> r : results) {
            assertThat(r.get()).isTrue();
        }
        pool.shutdown();
        assertThat(f.backend.opened.get()).isEqualTo(1);
    }
}
