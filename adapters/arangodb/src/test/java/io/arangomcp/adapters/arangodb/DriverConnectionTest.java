package io.arangomcp.adapters.arangodb;

import io.arangomcp.adapters.emulator.ArangoEmulator;
import io.arangomcp.adapters.emulator.EmulatorOptions;
import io.arangomcp.domain.config.Protocol;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.Secret;
import io.arangomcp.ports.out.gateway.ServerAddress;
import io.arangomcp.ports.out.gateway.ServerClient;
import io.arangomcp.testkit.tls.SelfSignedCertificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** How the driver gateway connects: failover, TLS, JWT, and the errors that say what to check. */
class DriverConnectionTest {

    @TempDir
    Path dir;

    private static ServerAddress address(List<String> urls, Protocol protocol, String user, Secret password,
                                         Secret jwt, boolean verify, String ca, Duration timeout) {
        return new ServerAddress(urls, user, password, jwt, protocol, timeout, verify, ca, 4);
    }

    private static ServerAddress plain(List<String> urls, Protocol protocol) {
        return address(urls, protocol, "root", Secret.empty(), Secret.empty(), true, null, Duration.ofSeconds(5));
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static ArangoMcpException failure(ServerAddress address) {
        try (ServerClient client = new ArangoGatewayFactory().open(address)) {
            Throwable thrown = catchThrowable(() -> client.database("_system").collections());
            assertThat(thrown).isInstanceOf(ArangoMcpException.class);
            return (ArangoMcpException) thrown;
        }
    }

    /** Many calls at once while the first URL is down: every one fails over, none fails. */
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void failsOverFromAnUnreachableUrlToTheNextAndReportsTheVersion(Protocol protocol) throws Exception {
        try (ArangoEmulator emulator = EmulatedServer.start();
             ServerClient client = new ArangoGatewayFactory().open(plain(List.of("http://127.0.0.1:" + closedPort(),
                     emulator.url()), protocol))) {
            assertThat(client.version().version()).startsWith("3.12");
            assertThat(client.database("_system").version().server()).isEqualTo("arango");
            assertThat(client.database("_system").collections()).isNotEmpty();
        }
    }

    @Test
    void anUnreachableServerIsNamedWithItsUserAndWhatToCheck() throws Exception {
        String url = "http://127.0.0.1:" + closedPort();

        ArangoMcpException e = failure(plain(List.of(url), Protocol.HTTP2));

        assertThat(e.code()).isEqualTo(ErrorCode.DATABASE_UNAVAILABLE);
        assertThat(e.getMessage()).contains(url).contains("'root'").contains("refused");
        assertThat(e.hint()).contains("server is running");
        assertThat(e.details()).containsEntry("username", "root");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        try (ServerSocket silent = new ServerSocket(0)) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (Exception ignored) {
                    // the socket was closed
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            ServerAddress address = address(List.of("http://127.0.0.1:" + silent.getLocalPort()), Protocol.HTTP1,
                    "root", Secret.empty(), Secret.empty(), true, null, Duration.ofSeconds(1));

            ArangoMcpException e = failure(address);

            assertThat(e.code()).isEqualTo(ErrorCode.TIMEOUT);
            assertThat(e.getMessage()).contains("1000 ms");
        }
    }

    @Test
    void aWrongPasswordIsA401NamingServerAndUser() {
        try (ArangoEmulator emulator = EmulatedServer.start()) {
            ServerAddress address = address(List.of(emulator.url()), Protocol.HTTP2, "root", Secret.of("wrong"),
                    Secret.empty(), true, null, Duration.ofSeconds(5));

            ArangoMcpException e = failure(address);

            assertThat(e).isInstanceOf(DatabaseError.class);
            assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED);
            assertThat(((DatabaseError) e).httpStatus()).isEqualTo(401);
            assertThat(e.getMessage()).contains(emulator.url()).contains("'root'").doesNotContain("wrong");
            assertThat(e.hint()).contains("password");
        }
    }

    @Test
    void logsInWithAJwt() {
        try (ArangoEmulator emulator = EmulatedServer.start()) {
            ServerAddress address = address(List.of(emulator.url()), Protocol.HTTP1, "root", Secret.empty(),
                    Secret.of(emulator.issueToken("root")), true, null, Duration.ofSeconds(5));
            try (ServerClient client = new ArangoGatewayFactory().open(address)) {
                assertThat(client.database("_system").count("_graphs")).isZero();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void talksTlsWithACustomCaOrWithoutVerification(Protocol protocol) throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.create(dir);
        EmulatorOptions options = EmulatorOptions.defaults()
                .withTls(certificate.keyStore(), Secret.of(certificate.password()));
        try (ArangoEmulator emulator = ArangoEmulator.start(options)) {
            String url = emulator.url();
            for (ServerAddress address : List.of(
                    address(List.of(url), protocol, "root", Secret.empty(), Secret.empty(), true,
                            certificate.pem().toString(), Duration.ofSeconds(30)),
                    address(List.of(url.replace("127.0.0.1", "localhost")), protocol, "root", Secret.empty(),
                            Secret.empty(), false, null, Duration.ofSeconds(30)))) {
                try (ServerClient client = new ArangoGatewayFactory().open(address)) {
                    assertThat(client.version().version()).startsWith("3.12");
                }
            }
            ArangoMcpException untrusted = failure(plain(List.of(url), protocol));
            assertThat(untrusted.code()).isEqualTo(ErrorCode.DATABASE_UNAVAILABLE);
            assertThat(untrusted.getMessage()).contains("TLS");
            assertThat(untrusted.hint()).contains("ca_cert_file");
        }
    }

    @Test
    void refusesUnusableConfigurations() throws Exception {
        Path notPem = Files.writeString(dir.resolve("not.pem"), "hello");
        ArangoGatewayFactory factory = new ArangoGatewayFactory();
        List<ServerAddress> invalid = List.of(
                plain(List.of("memory://local"), Protocol.HTTP2),
                plain(List.of("http://a:1", "https://b:2"), Protocol.HTTP2),
                plain(List.of("http://a:1/prefix"), Protocol.HTTP2),
                address(List.of("https://a:1"), Protocol.HTTP2, "root", Secret.empty(), Secret.empty(), true,
                        notPem.toString(), Duration.ofSeconds(5)),
                address(List.of("https://a:1"), Protocol.HTTP2, "root", Secret.empty(), Secret.empty(), true,
                        dir.resolve("missing.pem").toString(), Duration.ofSeconds(5)));
        for (ServerAddress address : invalid) {
            Throwable thrown = catchThrowable(() -> factory.open(address));
            assertThat(thrown).as(address.urls().toString()).isInstanceOf(ArangoMcpException.class);
            assertThat(((ArangoMcpException) thrown).code()).isEqualTo(ErrorCode.CONFIG_INVALID);
        }
        assertThat(factory.backend()).isEqualTo("arangodb");
    }

    @Test
    void aClosedClientRefusesCalls() {
        try (ArangoEmulator emulator = EmulatedServer.start()) {
            ServerClient client = new ArangoGatewayFactory().open(plain(List.of(emulator.url()), Protocol.HTTP2));
            client.close();
            client.close();

            Throwable thrown = catchThrowable(client::version);
            assertThat(((ArangoMcpException) thrown).code()).isEqualTo(ErrorCode.DATABASE_UNAVAILABLE);
            assertThat(catchThrowable(() -> client.database("x"))).isInstanceOf(ArangoMcpException.class);
        }
    }
}
