package io.arangomcp.adapters.yaml;

import static io.arangomcp.adapters.yaml.ConfigProblems.describe;

import io.arangomcp.domain.tenant.AccessConfig;
import io.arangomcp.domain.tenant.JwtRule;
import io.arangomcp.domain.tenant.Tenant;
import io.arangomcp.domain.tenant.TokenGrant;
import io.arangomcp.domain.tenant.TokenHash;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Configuration adapter: reads the access file of the HTTP transport ({@code --auth-file}): tenants with the
 * database keys and tool packs they may use, bearer tokens given as SHA-256 digests or as the name of an
 * environment variable holding the token, and an optional JWT rule. Every problem is reported at once; no token
 * value is ever part of a message.
 */
public final class AccessFileReader {
    private static final Set<String> TOP = Set.of("tenants", "tokens", "jwt");
    private static final Set<String> TENANT_KEYS = Set.of("databases", "packs");
    private static final Set<String> TOKEN_KEYS = Set.of("name", "tenant", "sha256", "token_env");
    private static final Set<String> JWT_KEYS = Set.of("jwks_url", "issuer", "audience", "tenant_claim",
            "scopes");

    private AccessFileReader() {
    }

    /**
     * The access configuration in {@code file}.
     *
     * @param environment where {@code token_env} variables are looked up
     */
    public static AccessConfig read(Path file, Map<String, String> environment) {
        ConfigProblems problems = new ConfigProblems(file.toString());
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(RegistryReader.MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw problems.fail("cannot be read: " + ConfigProblems.reason(e));
        }
        if (content.length > RegistryReader.MAX_FILE_BYTES) {
            throw problems.fail("is larger than " + RegistryReader.MAX_FILE_BYTES + " bytes; is this the right file?");
        }
        Map<?, ?> top = mapping(RegistryReader.parse(content, problems), "the file", problems);
        problems.throwIfAny();
        unknownKeys(top, TOP, "", problems);
        Map<String, Tenant> tenants = tenants(top.get("tenants"), problems);
        List<TokenGrant> tokens = tokens(top.get("tokens"), environment, problems);
        JwtRule jwt = jwt(top.get("jwt"), problems);
        if (tokens.isEmpty() && jwt == null && problems.count() == 0) {
            problems.add("defines neither tokens nor jwt, so nobody could authenticate");
        }
        problems.throwIfAny();
        try {
            return new AccessConfig(tenants, tokens, jwt);
        } catch (IllegalArgumentException e) {
            throw problems.fail(e.getMessage());
        }
    }

    private static Map<String, Tenant> tenants(Object value, ConfigProblems problems) {
        Map<String, Tenant> tenants = new LinkedHashMap<>();
        Map<?, ?> entries = mapping(value, "tenants", problems);
        for (Map.Entry<?, ?> entry : entries.entrySet()) {
            String id = String.valueOf(entry.getKey());
            String where = "tenants." + id;
            Map<?, ?> fields = mapping(entry.getValue(), where, problems);
            unknownKeys(fields, TENANT_KEYS, where + ".", problems);
            if (!fields.containsKey("databases")) {
                problems.add(where + ".databases", "is required: a list of database keys, or '*' for all");
            }
            Set<String> databases = names(fields.get("databases"), where + ".databases", problems);
            Set<String> packs = fields.containsKey("packs") ? names(fields.get("packs"), where + ".packs", problems)
                    : Set.of(Tenant.ALL);
            try {
                tenants.put(id, new Tenant(id, databases, packs));
            } catch (IllegalArgumentException e) {
                problems.add(where, e.getMessage());
            }
        }
        return tenants;
    }

    private static List<TokenGrant> tokens(Object value, Map<String, String> environment, ConfigProblems problems) {
        List<TokenGrant> tokens = new ArrayList<>();
        if (value == null) {
            return tokens;
        }
        if (!(value instanceof List)) {
            problems.add("tokens", "must be a list of entries with name, tenant and sha256 or token_env");
            return tokens;
        }
        int i = 0;
        for (Object item : (List<?>) value) {
            String where = "tokens[" + i++ + "]";
            Map<?, ?> fields = mapping(item, where, problems);
            unknownKeys(fields, TOKEN_KEYS, where + ".", problems);
            String sha256 = text(fields.get("sha256"));
            String variable = text(fields.get("token_env"));
            if ((sha256 == null) == (variable == null)) {
                problems.add(where, "give exactly one of sha256 (arango-mcp auth hash-token prints it) or "
                        + "token_env (the NAME of a variable holding the token)");
                continue;
            }
            if (variable != null) {
                String token = environment.get(variable);
                if (token == null || token.isBlank()) {
                    problems.add(where + ".token_env", "the variable " + variable + " is not set");
                    continue;
                }
                sha256 = TokenHash.sha256Hex(token.strip());
            }
            try {
                tokens.add(new TokenGrant(text(fields.get("name")), sha256, text(fields.get("tenant"))));
            } catch (IllegalArgumentException | NullPointerException e) {
                problems.add(where, e.getMessage());
            }
        }
        return tokens;
    }

    private static JwtRule jwt(Object value, ConfigProblems problems) {
        if (value == null) {
            return null;
        }
        Map<?, ?> fields = mapping(value, "jwt", problems);
        unknownKeys(fields, JWT_KEYS, "jwt.", problems);
        try {
            return new JwtRule(text(fields.get("jwks_url")), text(fields.get("issuer")),
                    text(fields.get("audience")), text(fields.get("tenant_claim")),
                    scopes(fields.get("scopes"), problems));
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static List<String> scopes(Object value, ConfigProblems problems) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            problems.add("jwt.scopes", "must be a list, got " + describe(value));
            return List.of();
        }
        List<String> scopes = new ArrayList<>();
        for (Object item : (List<?>) value) {
            if (item instanceof String) {
                scopes.add(((String) item).strip());
            } else {
                problems.add("jwt.scopes", "entries must be text, got " + describe(item));
            }
        }
        return scopes;
    }

    private static Set<String> names(Object value, String where, ConfigProblems problems) {
        Set<String> names = new LinkedHashSet<>();
        if (Tenant.ALL.equals(value)) {
            names.add(Tenant.ALL);
        } else if (value instanceof List) {
            for (Object item : (List<?>) value) {
                if (item instanceof String) {
                    names.add((String) item);
                } else {
                    problems.add(where, "entries must be text, got " + describe(item));
                }
            }
        } else if (value != null) {
            problems.add(where, "must be a list or '*', got " + describe(value));
        }
        return names;
    }

    private static Map<?, ?> mapping(Object value, String where, ConfigProblems problems) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            problems.add(where, "must be a mapping, got " + describe(value));
            return Map.of();
        }
        return (Map<?, ?>) value;
    }

    private static void unknownKeys(Map<?, ?> fields, Set<String> known, String prefix, ConfigProblems problems) {
        for (Object key : fields.keySet()) {
            if (!known.contains(key)) {
                problems.add(prefix + key, "unknown key; expected one of " + String.join(", ",
                        known.stream().sorted().toList()));
            }
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value).strip();
    }
}
