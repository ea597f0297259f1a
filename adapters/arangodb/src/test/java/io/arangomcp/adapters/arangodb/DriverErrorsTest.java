package io.arangomcp.adapters.arangodb;

import com.arangodb.ArangoDBException;
import com.arangodb.ArangoDBMultipleException;
import io.arangomcp.domain.config.Protocol;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.DatabaseError;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.Secret;
import io.arangomcp.ports.out.gateway.ServerAddress;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.io.IOException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of driver failure becomes one project error that says what happened and what to check. */
class DriverErrorsTest {
    private final DriverErrors errors = new DriverErrors(new ServerAddress(List.of("http://db:8529"), "app",
            Secret.of("hunter2"), Secret.empty(), Protocol.HTTP2, Duration.ofSeconds(3), true, null, 4));

    private static ArangoDBException unreachable(Throwable... causes) {
        return new ArangoDBException("Cannot contact any host!", new ArangoDBMultipleException(List.of(causes)));
    }

    @Test
    void keepsTheStatusAndNumberOfAServerAnswer() {
        RuntimeException e = errors.translate(new CompletionException(new ArangoDBException(
                "[HTTP 409] unique constraint violated", 409)));

        assertThat(e).isInstanceOf(DatabaseError.class);
        assertThat(((DatabaseError) e).httpStatus()).isEqualTo(409);
    }

    @Test
    void namesTheCauseOfAnUnreachableServer() {
        ArangoMcpException unknownHost = (ArangoMcpException) errors.translate(unreachable(
                new UnknownHostException("db")));
        ArangoMcpException tls = (ArangoMcpException) errors.translate(unreachable(
                new IOException("wrapped", new SSLHandshakeException("PKIX path building failed"))));
        ArangoMcpException other = (ArangoMcpException) errors.translate(unreachable(new IOException("reset")));
        ArangoMcpException timeout = (ArangoMcpException) errors.translate(new ArangoDBException(
                new java.util.concurrent.TimeoutException("timeout of 3000 ms has been exceeded")));

        assertThat(unknownHost.getMessage()).contains("http://db:8529").contains("'app'").contains("resolved");
        assertThat(unknownHost.hint()).contains("host name");
        assertThat(tls.getMessage()).contains("TLS handshake failed").contains("PKIX");
        assertThat(other.getMessage()).contains("reset");
        assertThat(other.hint()).contains("credentials");
        assertThat(timeout.code()).isEqualTo(ErrorCode.TIMEOUT);
        for (ArangoMcpException e : List.of(unknownHost, tls, other, timeout)) {
            assertThat(e.getMessage()).doesNotContain("hunter2");
        }
        assertThat(DriverErrors.isUnreachable(other)).isTrue();
        assertThat(DriverErrors.isUnreachable(timeout)).isFalse();
    }

    @Test
    void anInterruptionIsACancellationAndProjectErrorsPassThrough() {
        ArangoMcpException own = new ArangoMcpException(ErrorCode.CONFIG_INVALID, "bad");
        assertThat(errors.translate(new CompletionException(own))).isSameAs(own);

        RuntimeException interrupted = errors.translate(new ArangoDBException(new InterruptedException()));
        assertThat(((ArangoMcpException) interrupted).code()).isEqualTo(ErrorCode.CANCELLED);

        RuntimeException noBody = errors.translate(new ArangoDBException("Response Code: 503", 503));
        assertThat(((DatabaseError) noBody).errorNum()).isEqualTo(503);
        assertThat(errors.translate(new IllegalStateException())).isInstanceOf(ArangoMcpException.class);
    }
}
