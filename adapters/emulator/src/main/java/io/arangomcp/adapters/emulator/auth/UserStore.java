package io.arangomcp.adapters.emulator.auth;

import io.arangomcp.domain.error.ArangoErrors;
import io.arangomcp.ports.out.gateway.Secret;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Emulator: the server's users and their permissions ({@code rw}, {@code ro}, {@code none}) per database and
 * per collection, with {@code *} as the default for all others. {@code root} always exists and may do
 * everything. Thread-safe (every method is synchronized; the store is small).
 */
public final class UserStore {

    /** The superuser. */
    public static final String ROOT = "root";

    /** One user. */
    private static final class User {
        private Secret password;
        private boolean active;
        private Map<String, Object> extra;
        private final Map<String, String> databases = new TreeMap<>();
        private final Map<String, String> collections = new TreeMap<>();

        User(Secret password, boolean active, Map<String, Object> extra) {
            this.password = password;
            this.active = active;
            this.extra = extra;
        }
    }

    private final Map<String, User> users = new TreeMap<>();

    /** A store with {@code root} and the given password. */
    public UserStore(Secret rootPassword) {
        users.put(ROOT, new User(Objects.requireNonNull(rootPassword, "rootPassword is null"), true, Map.of()));
    }

    /** Whether the user exists, is active and has this password (compared in constant time). */
    public synchronized boolean authenticate(String name, String password) {
        User user = users.get(name);
        return user != null && user.active && MessageDigest.isEqual(
                user.password.reveal().getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the user exists and is active. */
    public synchronized boolean isActive(String name) {
        User user = users.get(name);
        return user != null && user.active;
    }

    /** Creates a user: 400/1700 for an invalid name, 409/1702 when it exists. */
    public synchronized Map<String, Object> create(String name, String password, Boolean active,
                                                   Map<String, Object> extra) {
        if (name == null || name.isEmpty() || name.length() > 254) {
            throw ArangoErrors.USER_INVALID_NAME.error();
        }
        if (users.containsKey(name)) {
            throw ArangoErrors.USER_DUPLICATE.error();
        }
        users.put(name, new User(Secret.of(password == null ? "" : password), active == null || active,
                extra == null ? Map.of() : extra));
        return describe(name);
    }

    /** Changes a user; with {@code replace} unset values take their defaults. 404/1703 when it does not exist. */
    public synchronized Map<String, Object> change(String name, String password, Boolean active,
                                                   Map<String, Object> extra, boolean replace) {
        User user = require(name);
        if (password != null || replace) {
            user.password = Secret.of(password == null ? "" : password);
        }
        if (active != null || replace) {
            user.active = active == null || active;
        }
        if (extra != null || replace) {
            user.extra = extra == null ? Map.of() : extra;
        }
        return describe(name);
    }

    /** Removes a user; 404/1703 when it does not exist. */
    public synchronized void remove(String name) {
        require(name);
        users.remove(name);
    }

    /** {@code {user, active, extra}} of one user; 404/1703 when it does not exist. */
    public synchronized Map<String, Object> describe(String name) {
        User user = require(name);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("user", name);
        json.put("active", user.active);
        json.put("extra", user.extra);
        return json;
    }

    /** Every user, by name. */
    public synchronized List<Map<String, Object>> list() {
        List<Map<String, Object>> all = new ArrayList<>();
        users.keySet().forEach(name -> all.add(describe(name)));
        return all;
    }

    /** Sets a database ({@code collection == null}) or collection permission. */
    public synchronized void grant(String name, String database, String collection, String level) {
        User user = require(name);
        if (collection == null) {
            user.databases.put(database, level);
        } else {
            user.collections.put(database + "/" + collection, level);
        }
    }

    /** Removes an explicit permission, so the default applies again. */
    public synchronized void reset(String name, String database, String collection) {
        User user = require(name);
        if (collection == null) {
            user.databases.remove(database);
        } else {
            user.collections.remove(database + "/" + collection);
        }
    }

    /** The effective database permission: explicit, else the {@code *} default, else {@code none}. */
    public synchronized String databaseLevel(String name, String database) {
        if (ROOT.equals(name)) {
            return "rw";
        }
        User user = require(name);
        return user.databases.getOrDefault(database, user.databases.getOrDefault("*", "none"));
    }

    /** The effective collection permission, falling back to the database's. */
    public synchronized String collectionLevel(String name, String database, String collection) {
        if (ROOT.equals(name)) {
            return "rw";
        }
        User user = require(name);
        String explicit = user.collections.get(database + "/" + collection);
        if (explicit == null) {
            explicit = user.collections.get(database + "/*");
        }
        return explicit != null ? explicit : databaseLevel(name, database);
    }

    /** The explicit database permissions of a user (what {@code GET /_api/user/<u>/database} lists). */
    public synchronized Map<String, String> databaseGrants(String name) {
        return new TreeMap<>(require(name).databases);
    }

    private User require(String name) {
        User user = users.get(name);
        if (user == null) {
            throw ArangoErrors.USER_NOT_FOUND.error();
        }
        return user;
    }
}
