package io.arangomcp.app.pipeline;

import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.ports.out.gateway.DatabaseGateway;

import java.util.Objects;

/**
 * Pipeline: the database a call resolved to.
 *
 * @param profile the configured profile
 * @param gateway its gateway
 */
record DatabaseTarget(DatabaseProfile profile, DatabaseGateway gateway) {
    DatabaseTarget {
        Objects.requireNonNull(profile, "profile is null");
        Objects.requireNonNull(gateway, "gateway is null");
    }

    String key() {
        return profile.key();
    }
}
