package io.arangomcp.adapters.yaml;

import java.util.List;

/** Configuration adapter: the key names of {@code databases.yaml}, shared by the reader and the writer. */
final class ConfigKeys {
    static final String DEFAULT_DATABASE = "default_database";
    static final String DATABASES = "databases";

    static final String URL = "url";
    static final String URLS = "urls";
    static final String DATABASE = "database";
    static final String USERNAME = "username";
    static final String PASSWORD_ENV = "password_env";
    static final String JWT_ENV = "jwt_env";
    static final String TIMEOUT = "timeout";
    static final String DESCRIPTION = "description";
    static final String PROTOCOL = "protocol";
    static final String TLS_VERIFY = "tls_verify";
    static final String CA_CERT_FILE = "ca_cert_file";
    static final String MAX_CONNECTIONS = "max_connections";
    static final String READ_ONLY = "read_only";

    /** Refused on purpose: a password written in the file would be a secret at rest. */
    static final String PASSWORD = "password";

    /** Every key an entry may have, in the order the writer emits them. */
    static final List<String> PROFILE_KEYS = List.of(URL, URLS, DATABASE, USERNAME, PASSWORD_ENV, JWT_ENV, TIMEOUT,
            DESCRIPTION, PROTOCOL, TLS_VERIFY, CA_CERT_FILE, MAX_CONNECTIONS, READ_ONLY);

    static final List<String> TOP_LEVEL_KEYS = List.of(DEFAULT_DATABASE, DATABASES);

    private ConfigKeys() {
    }
}
