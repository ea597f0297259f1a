package io.arangomcp.app.connect;

import io.arangomcp.app.support.FakeBackend;
import io.arangomcp.app.support.Fixtures;
import io.arangomcp.domain.config.DatabaseProfile;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.ServerVersion;
import io.arangomcp.ports.spi.ConnectionProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionProberTest {
    private final FakeBackend backend = new FakeBackend();
    private final ConnectionManager manager = new ConnectionManager(backend, new CredentialResolver(Map.of("PW", "x")));
    private final ConnectionProber prober = new ConnectionProber(manager, Clock.systemUTC());

    @AfterEach
    void close() {
        prober.close();
    }

    @Test
    void reportsVersionsAndFailuresInInputOrderInParallel() {
        backend.versionAnswer(address -> {
            String url = address.urls().get(0);
            if (url.contains("down")) {
                throw new ArangoMcpException(ErrorCode.DATABASE_UNAVAILABLE, "cannot contact " + url);
            }
            if (url.contains("slow")) {
                sleep(3_000);
            }
            if (url.contains("bug")) {
                throw new IllegalStateException("weird");
            }
            return new ServerVersion("arango", "3.12.4", "community");
        });
        DatabaseProfile ok = Fixtures.profile("ok", "http://up:8529", false);
        DatabaseProfile down = Fixtures.profile("down", "http://down:8529", false);
        DatabaseProfile slow = Fixtures.profile("slow", "http://slow:8529", false).toBuilder()
                .timeout(Duration.ofMillis(200)).build();
        DatabaseProfile bug = Fixtures.profile("bug", "http://bug:8529", false);
        prober.probe(ok); // the first probe creates the first Mockito gateway, which is slow: keep it out of the timing
        long started = System.currentTimeMillis();
        List<ConnectionProbe> probes = prober.probeAll(List.of(ok, down, slow, bug));
        assertThat(System.currentTimeMillis() - started).isLessThan(2_500);
        assertThat(probes).extracting(ConnectionProbe::key).containsExactly("ok", "down", "slow", "bug");
        assertThat(probes.get(0).reachable()).isTrue();
        assertThat(probes.get(0).version()).isEqualTo("3.12.4");
        assertThat(probes.get(1).reachable()).isFalse();
        assertThat(probes.get(1).errorCode()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(probes.get(1).error()).contains("cannot contact http://down:8529");
        assertThat(probes.get(2).errorCode()).isEqualTo("TIMEOUT");
        assertThat(probes.get(3).errorCode()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(probes.get(3).error()).isEqualTo("weird");
        assertThat(prober.probe(ok).reachable()).isTrue();
    }

    @Test
    void aMissingPasswordVariableIsReportedNotThrown() {
        ConnectionProbe p = prober.probe(Fixtures.profile("x", "http://up:8529", false).toBuilder()
                .passwordEnv("NOT_SET").build());
        assertThat(p.reachable()).isFalse();
        assertThat(p.errorCode()).isEqualTo("CONFIG_INVALID");
        assertThat(p.error()).contains("NOT_SET");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
