/**
 * Configuration adapter: the {@link io.arangomcp.ports.out.config.ConfigRepository} on a {@code databases.yaml}
 * file.
 *
 * <p>The format, a superset of the reference server's:
 * <pre>
 * default_database: prod            # optional; must name a key below
 * databases:
 *   prod:
 *     url: http://localhost:8529    # or urls: [http://c1:8529, http://c2:8529]; one of the two is required
 *     database: app_prod            # required
 *     username: app_user            # required
 *     password_env: PROD_PW         # optional NAME of the variable holding the password ("password" is refused)
 *     jwt_env: PROD_JWT             # optional NAME of a variable holding a JWT
 *     timeout: 60                   # optional seconds, int or float, more than 0 and at most 3600; default 30
 *     description: Production       # optional
 *     protocol: http2               # optional: http2 (default) or http1
 *     tls_verify: true              # optional, default true
 *     ca_cert_file: certs/ca.pem    # optional, kept as written
 *     max_connections: 16           # optional, 1 to 1024, default 16
 *     read_only: false              # optional, default false
 * </pre>
 *
 * <p>An empty file, a file with only comments, and {@code databases:} with no entries all mean "a registry file
 * with no databases yet": source {@code YAML_FILE}, no entries, no default, and no environment fallback (the file
 * exists, so it wins). Every other mistake is a {@code CONFIG_INVALID} error listing each problem as
 * {@code <file>: <key path or line and column>: <problem>}.
 */
package io.arangomcp.adapters.yaml;
