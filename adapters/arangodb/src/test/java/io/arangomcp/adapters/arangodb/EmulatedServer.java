package io.arangomcp.adapters.arangodb;

import io.arangomcp.adapters.emulator.ArangoEmulator;
import io.arangomcp.adapters.emulator.EmulatorOptions;
import io.arangomcp.adapters.memory.InMemoryServerClient;
import io.arangomcp.domain.config.Protocol;
import io.arangomcp.ports.out.gateway.Capability;
import io.arangomcp.ports.out.gateway.Secret;
import io.arangomcp.ports.out.gateway.ServerAddress;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/** Test support: an emulator on loopback and addresses for it. */
final class EmulatedServer {

    private EmulatedServer() {
    }

    static ArangoEmulator start() {
        return ArangoEmulator.start(EmulatorOptions.defaults());
    }

    static ServerAddress address(ArangoEmulator emulator, Protocol protocol) {
        return new ServerAddress(List.of(emulator.url()), "root", Secret.empty(), Secret.empty(), protocol,
                Duration.ofSeconds(10), true, null, 16);
    }

    /** What the emulator's memory backend can do (the driver gateway claims AQL; the backend may not have it). */
    static Set<Capability> capabilities(ArangoEmulator emulator) {
        return new InMemoryServerClient(emulator.server()).database("_system").capabilities();
    }
}
