package io.arangomcp.app.cli;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * CLI: {@code db update KEY}: changes fields of a registered database in place (its position, and so its
 * resolution priority, is kept; a rename carries the default along).
 */
@Command(name = "update", mixinStandardHelpOptions = true, description = "Change a registered database.",
        footer = {"", "Examples:",
                "  arango-mcp db update prod --timeout 60 --description 'Production (EU)'",
                "  arango-mcp db update prod --key production",
                "  arango-mcp db update prod --password-env '' --read-only"})
final class DbUpdateCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "KEY", description = "The registry key to change.")
    String key;

    @Option(names = {"--key", "-k"}, paramLabel = "NEW_KEY", description = "Rename the key.")
    String newKey;

    @Mixin
    ProfileOptions profile;

    @Mixin
    DbOptions options;

    DbUpdateCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() throws IOException {
        DatabaseProfile before = options.repository(context).loadFile().require(key);
        DatabaseProfile.Builder builder = newKey == null ? before.toBuilder()
                : rekey(before.toBuilder().build(), newKey);
        DatabaseProfile after = profile.applyTo(builder).build();
        List<String> changes = ProfileText.changes(before, after);
        if (changes.isEmpty()) {
            throw ArangoMcpException.builder(ErrorCode.INVALID_ARGUMENTS, "no changes specified for '" + key + "'")
                    .hint("Give at least one option that differs from the current value, e.g. --timeout 60.")
                    .build();
        }
        List<String> lines = changes.stream().map(c -> "database '" + key + "': " + c).toList();
        return new RegistryEditor(context, options).apply("db update", "UPDATE", lines,
                registry -> registry.withReplaced(key, after));
    }

    private static DatabaseProfile.Builder rekey(DatabaseProfile p, String key) {
        return DatabaseProfile.builder(key).urls(p.urls()).database(p.database()).username(p.username())
                .passwordEnv(p.passwordEnv()).jwtEnv(p.jwtEnv()).timeout(p.timeout()).description(p.description())
                .protocol(p.protocol()).tlsVerify(p.tlsVerify()).caCertFile(p.caCertFile())
                .maxConnections(p.maxConnections()).readOnly(p.readOnly());
    }
}
