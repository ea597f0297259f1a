package io.arangomcp.app.cli;

import io.arangomcp.domain.config.DatabaseProfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CLI: how profiles are shown: one summary line, detail lines, field-by-field changes, and JSON (never secrets;
 * only the names of the variables that hold them).
 */
final class ProfileText {
    private ProfileText() {
    }

    static String summary(DatabaseProfile p) {
        return "database '" + p.key() + "' (" + String.join(", ", p.urls()) + ", database " + p.database()
                + ", user " + p.username() + (p.passwordEnv() == null ? ", no password" : ", password from $"
                + p.passwordEnv()) + ")";
    }

    static List<String> details(DatabaseProfile p) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> e : fields(p).entrySet()) {
            lines.add(e.getKey() + ": " + e.getValue());
        }
        return lines;
    }

    /** One line per field that differs, as {@code Field: old → new}. */
    static List<String> changes(DatabaseProfile before, DatabaseProfile after) {
        List<String> lines = new ArrayList<>();
        if (!before.key().equals(after.key())) {
            lines.add("Key: " + before.key() + " → " + after.key());
        }
        Map<String, String> a = fields(before);
        Map<String, String> b = fields(after);
        for (String field : a.keySet()) {
            if (!a.get(field).equals(b.get(field))) {
                lines.add(field + ": " + a.get(field) + " → " + b.get(field));
            }
        }
        return lines;
    }

    static Map<String, Object> json(DatabaseProfile p, boolean isDefault) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", p.key());
        m.put("urls", p.urls());
        m.put("database", p.database());
        m.put("username", p.username());
        m.put("password_env", p.passwordEnv());
        m.put("jwt_env", p.jwtEnv());
        m.put("timeout_seconds", p.timeout().toMillis() / 1000.0);
        m.put("description", p.description());
        m.put("protocol", p.protocol().configName());
        m.put("tls_verify", p.tlsVerify());
        m.put("ca_cert_file", p.caCertFile());
        m.put("max_connections", p.maxConnections());
        m.put("read_only", p.readOnly());
        m.put("default", isDefault);
        return m;
    }

    private static Map<String, String> fields(DatabaseProfile p) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("URL", String.join(", ", p.urls()));
        f.put("Database", p.database());
        f.put("Username", p.username());
        f.put("Password env", orNotSet(p.passwordEnv()));
        f.put("JWT env", orNotSet(p.jwtEnv()));
        f.put("Timeout", DatabaseProfile.seconds(p.timeout()) + "s");
        f.put("Description", orNotSet(p.description()));
        f.put("Protocol", p.protocol().configName());
        f.put("TLS verify", String.valueOf(p.tlsVerify()));
        f.put("CA certificates", orNotSet(p.caCertFile()));
        f.put("Max connections", String.valueOf(p.maxConnections()));
        f.put("Read-only", String.valueOf(p.readOnly()));
        return f;
    }

    private static String orNotSet(String s) {
        return s == null ? "(not set)" : s;
    }
}
