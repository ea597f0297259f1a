package io.arangomcp.app.cli;

import io.arangomcp.domain.tenant.TokenHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * CLI: {@code auth hash-token}: prints the SHA-256 digest of a bearer token for the {@code sha256} field of the
 * access file. The token is read from stdin or a variable, never from the command line, where other users of
 * the machine and the shell history would see it.
 */
@Command(name = "hash-token", mixinStandardHelpOptions = true,
        description = "Print the sha256 of a bearer token (read from stdin) for --auth-file.",
        footer = {"", "Examples:",
                "  printf %s \"$TOKEN\" | arango-mcp auth hash-token",
                "  arango-mcp auth hash-token --env ACME_TOKEN",
                "  arango-mcp auth hash-token --generate     # a new random token and its sha256"})
final class AuthHashTokenCommand implements Callable<Integer> {
    /** 32 random bytes: far beyond guessing, as RFC 6750 tokens should be. */
    private static final int TOKEN_BYTES = 32;

    private final CliContext context;

    @Option(names = "--env", paramLabel = "VAR", description = "Read the token from this environment variable.")
    String variable;

    @Option(names = "--generate", description = "Make a new random token; print it and its sha256.")
    boolean generate;

    AuthHashTokenCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() throws IOException {
        if (generate) {
            byte[] random = new byte[TOKEN_BYTES];
            new SecureRandom().nextBytes(random);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            context.out().println("token:  " + token);
            context.out().println("sha256: " + TokenHash.sha256Hex(token));
            return ExitCodes.OK;
        }
        String token = variable != null ? context.environment().get(variable) : firstLine();
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException(variable != null ? "the variable " + variable + " is not set"
                    : "no token on stdin; pipe it in, e.g. printf %s \"$TOKEN\" | arango-mcp auth hash-token");
        }
        context.out().println(TokenHash.sha256Hex(token.strip()));
        return ExitCodes.OK;
    }

    private String firstLine() throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(context.stdin(), StandardCharsets.UTF_8));
        return reader.readLine();
    }
}
