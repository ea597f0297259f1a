package io.arangomcp.app.cli;

import io.arangomcp.domain.config.DatabaseProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * CLI: {@code db add KEY}: adds a database to the registry.
 */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a database to the registry.",
        footer = {"", "Examples:",
                "  arango-mcp db add prod --url http://localhost:8529 --database app --username app --password-env PROD_PW",
                "  arango-mcp db add staging -u https://c1:8529 -u https://c2:8529 -d app -U app -P STAGING_PW --default",
                "  arango-mcp db add local --url http://localhost:8529 --database _system --username root --dry-run"})
final class DbAddCommand implements Callable<Integer> {
    private final CliContext context;

    @Parameters(index = "0", paramLabel = "KEY", description = "The registry key (how tools refer to it).")
    String key;

    @Mixin
    ProfileOptions profile;

    @Option(names = "--default", description = "Also make it the default database.")
    boolean makeDefault;

    @Mixin
    DbOptions options;

    DbAddCommand(CliContext context) {
        this.context = Objects.requireNonNull(context, "context is null");
    }

    @Override
    public Integer call() throws IOException {
        DatabaseProfile p = profile.applyTo(DatabaseProfile.builder(key)).build();
        List<String> lines = new ArrayList<>();
        lines.add(ProfileText.summary(p));
        if (makeDefault) {
            lines.add("default_database: " + key);
        }
        return new RegistryEditor(context, options).apply("db add", "ADD", lines, registry -> {
            var next = registry.withAdded(p);
            return makeDefault ? next.withDefault(key) : next;
        });
    }
}
