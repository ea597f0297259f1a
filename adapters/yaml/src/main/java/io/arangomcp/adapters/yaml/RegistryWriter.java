package io.arangomcp.adapters.yaml;

import static io.arangomcp.adapters.yaml.ConfigKeys.CA_CERT_FILE;
import static io.arangomcp.adapters.yaml.ConfigKeys.DATABASE;
import static io.arangomcp.adapters.yaml.ConfigKeys.DATABASES;
import static io.arangomcp.adapters.yaml.ConfigKeys.DEFAULT_DATABASE;
import static io.arangomcp.adapters.yaml.ConfigKeys.DESCRIPTION;
import static io.arangomcp.adapters.yaml.ConfigKeys.JWT_ENV;
import static io.arangomcp.adapters.yaml.ConfigKeys.MAX_CONNECTIONS;
import static io.arangomcp.adapters.yaml.ConfigKeys.PASSWORD_ENV;
import static io.arangomcp.adapters.yaml.ConfigKeys.PROTOCOL;
import static io.arangomcp.adapters.yaml.ConfigKeys.READ_ONLY;
import static io.arangomcp.adapters.yaml.ConfigKeys.TIMEOUT;
import static io.arangomcp.adapters.yaml.ConfigKeys.TLS_VERIFY;
import static io.arangomcp.adapters.yaml.ConfigKeys.URL;
import static io.arangomcp.adapters.yaml.ConfigKeys.URLS;
import static io.arangomcp.adapters.yaml.ConfigKeys.USERNAME;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.config.DatabaseRegistry;
import io.arangomcp.domain.config.Protocol;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration adapter: writes a {@link DatabaseRegistry} as {@code databases.yaml} text.
 *
 * <p>Only values that differ from the defaults are written, in a fixed key order, so an entry added with just a URL,
 * a database and a user stays three lines long and diffs between versions stay small.
 */
final class RegistryWriter {
    static final String HEADER = "# Managed by 'arango-mcp db ...' (comments here are not kept). "
            + "Passwords go in environment variables: password_env names one.\n";

    private RegistryWriter() {
    }

    /** The file content for {@code registry}: header, {@code default_database} when set, then the entries. */
    static String write(DatabaseRegistry registry) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (registry.defaultKey() != null) {
            root.put(DEFAULT_DATABASE, registry.defaultKey());
        }
        Map<String, Object> databases = new LinkedHashMap<>();
        for (DatabaseProfile profile : registry.profiles()) {
            databases.put(profile.key(), entry(profile));
        }
        root.put(DATABASES, databases);
        return HEADER + yaml().dump(root);
    }

    private static Map<String, Object> entry(DatabaseProfile profile) {
        Map<String, Object> entry = new LinkedHashMap<>();
        if (profile.urls().size() == 1) {
            entry.put(URL, profile.url());
        } else {
            entry.put(URLS, profile.urls());
        }
        entry.put(DATABASE, profile.database());
        entry.put(USERNAME, profile.username());
        putUnlessDefault(entry, PASSWORD_ENV, profile.passwordEnv(), null);
        putUnlessDefault(entry, JWT_ENV, profile.jwtEnv(), null);
        if (!profile.timeout().equals(DatabaseProfile.DEFAULT_TIMEOUT)) {
            entry.put(TIMEOUT, TimeoutSeconds.toYaml(profile.timeout()));
        }
        putUnlessDefault(entry, DESCRIPTION, profile.description(), null);
        putUnlessDefault(entry, PROTOCOL, profile.protocol().configName(), Protocol.HTTP2.configName());
        putUnlessDefault(entry, TLS_VERIFY, profile.tlsVerify(), true);
        putUnlessDefault(entry, CA_CERT_FILE, profile.caCertFile(), null);
        putUnlessDefault(entry, MAX_CONNECTIONS, profile.maxConnections(), DatabaseProfile.DEFAULT_MAX_CONNECTIONS);
        putUnlessDefault(entry, READ_ONLY, profile.readOnly(), false);
        return entry;
    }

    private static void putUnlessDefault(Map<String, Object> entry, String key, Object value, Object defaultValue) {
        if (!Objects.equals(value, defaultValue)) {
            entry.put(key, value);
        }
    }

    private static Yaml yaml() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(options), options);
    }
}
