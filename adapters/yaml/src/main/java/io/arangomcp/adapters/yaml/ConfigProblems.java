package io.arangomcp.adapters.yaml;

import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration adapter: collects everything wrong with one configuration source, then fails once with all of it.
 *
 * <p>Each problem becomes a line {@code <source>: <where>: <problem>}, so a user fixing the file sees every mistake
 * in one run instead of one per attempt.
 */
final class ConfigProblems {
    private static final int MAX_SHOWN_TEXT = 80;

    private final String source;
    private final List<String> problems = new ArrayList<>();

    ConfigProblems(String source) {
        this.source = Objects.requireNonNull(source, "source is null");
    }

    /** Records a problem at a place: a key path such as {@code databases.prod.timeout}, or a line and column. */
    void add(String where, String problem) {
        problems.add(where + ": " + problem);
    }

    /** Records a problem of the source as a whole. */
    void add(String problem) {
        problems.add(problem);
    }

    int count() {
        return problems.size();
    }

    /** Throws the {@code CONFIG_INVALID} error listing every recorded problem, if there is any. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw failure();
        }
    }

    /** Records a problem of the source as a whole and returns the error to throw. */
    ArangoMcpException fail(String problem) {
        add(problem);
        return failure();
    }

    private ArangoMcpException failure() {
        StringBuilder message = new StringBuilder();
        for (String problem : problems) {
            message.append(message.length() == 0 ? "" : "\n").append(source).append(": ").append(problem);
        }
        return ArangoMcpException.builder(ErrorCode.CONFIG_INVALID, message.toString())
                .detail("location", source)
                .detail("problems", List.copyOf(problems))
                .build();
    }

    /** How a wrong value is shown in a message: text quoted (and shortened), collections by kind. */
    static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String) {
            String text = (String) value;
            return "'" + (text.length() > MAX_SHOWN_TEXT ? text.substring(0, MAX_SHOWN_TEXT) + "..." : text) + "'";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        return String.valueOf(value);
    }

    /** The operating system's reason for an I/O failure, without a stack of class names. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException) {
            String reason = ((FileSystemException) e).getReason();
            // Without a reason the message only repeats the path; the exception's name says more.
            return reason != null ? reason : e.getClass().getSimpleName();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
