package io.arangomcp.domain.session;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one agent session has changed: its focused database, active workflow and stage, the tools it
 * unloaded, and its tool usage. Immutable; each change returns a new state, so repositories can swap states
 * atomically and concurrent readers never see half a change.
 *
 * @param sessionId       the session id (stdio: one per process; HTTP: the {@code Mcp-Session-Id})
 * @param focusedDatabase the focused database key, or {@code null}
 * @param workflow        the active workflow id
 * @param stage           the active lifecycle stage id
 * @param unloadedTools   tools this session has hidden from itself
 * @param usage           per-tool usage, in first-use order
 * @param createdAt       when the session was created
 * @param lastSeen        when the session last made a call
 */
public record SessionState(
        String sessionId,
        String focusedDatabase,
        String workflow,
        String stage,
        Set<String> unloadedTools,
        Map<String, ToolUsage> usage,
        Instant createdAt,
        Instant lastSeen) {

    /**
     * The workflow of a new session unless the host chooses another: {@code full}, every tool, as the reference
     * server shows every tool to every client; a session narrows its tools by switching workflow.
     */
    public static final String INITIAL_WORKFLOW = "full";
    /** The stage of a new session. */
    public static final String INITIAL_STAGE = "setup";

    public SessionState {
        if (sessionId == null || sessionId.isEmpty()) {
            throw new IllegalArgumentException("sessionId is required");
        }
        Objects.requireNonNull(workflow, "workflow is null");
        Objects.requireNonNull(stage, "stage is null");
        unloadedTools = Collections.unmodifiableSet(new LinkedHashSet<>(unloadedTools));
        usage = Collections.unmodifiableMap(new LinkedHashMap<>(usage));
        Objects.requireNonNull(createdAt, "createdAt is null");
        Objects.requireNonNull(lastSeen, "lastSeen is null");
    }

    /** A fresh session: no focus, workflow {@link #INITIAL_WORKFLOW}, stage {@code setup}, no usage. */
    public static SessionState create(String sessionId, Instant now) {
        return create(sessionId, now, INITIAL_WORKFLOW);
    }

    /** A fresh session in the given workflow: no focus, stage {@code setup}, no usage. */
    public static SessionState create(String sessionId, Instant now, String workflow) {
        return new SessionState(sessionId, null, workflow, INITIAL_STAGE, Set.of(), Map.of(), now, now);
    }

    public SessionState withFocus(String key) {
        return new SessionState(sessionId, key, workflow, stage, unloadedTools, usage, createdAt, lastSeen);
    }

    /** Switches workflow; focus, stage and usage are kept, and unloaded tools are reloaded. */
    public SessionState withWorkflow(String newWorkflow) {
        return new SessionState(sessionId, focusedDatabase, newWorkflow, stage, Set.of(), usage, createdAt, lastSeen);
    }

    public SessionState withStage(String newStage) {
        return new SessionState(sessionId, focusedDatabase, workflow, newStage, unloadedTools, usage, createdAt,
                lastSeen);
    }

    public SessionState withUnloaded(Set<String> tools) {
        return new SessionState(sessionId, focusedDatabase, workflow, stage, tools, usage, createdAt, lastSeen);
    }

    /** Records one call of {@code tool} at {@code now}. */
    public SessionState withUsage(String tool, Instant now) {
        Map<String, ToolUsage> next = new LinkedHashMap<>(usage);
        next.merge(tool, ToolUsage.first(now), (old, fresh) -> old.next(now));
        return new SessionState(sessionId, focusedDatabase, workflow, stage, unloadedTools, next, createdAt,
                now.isAfter(lastSeen) ? now : lastSeen);
    }

    /** Marks the session as active at {@code now}. */
    public SessionState touchedAt(Instant now) {
        return now.isAfter(lastSeen)
                ? new SessionState(sessionId, focusedDatabase, workflow, stage, unloadedTools, usage, createdAt, now)
                : this;
    }
}
