package io.arangomcp.domain.config;

import java.util.Locale;

/** The wire protocol used to talk to an ArangoDB server. */
public enum Protocol {
    /** HTTP/2 (h2c or ALPN over TLS); the driver's default and ours. */
    HTTP2("http2"),
    /** HTTP/1.1, for proxies that do not speak HTTP/2. */
    HTTP1("http1");

    private final String configName;

    Protocol(String configName) {
        this.configName = configName;
    }

    /** The spelling used in configuration files. */
    public String configName() {
        return configName;
    }

    /** Parses the configuration spelling ({@code http2}, {@code http1}, case-insensitive). */
    public static Protocol parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (Protocol p : values()) {
            if (p.configName.equals(v)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown protocol '" + value + "' (expected http2 or http1)");
    }
}
