package io.arangomcp.adapters.arangodb;

import com.arangodb.ArangoDB;
import com.arangodb.ArangoDBException;
import com.arangodb.Request;
import com.arangodb.Response;
import io.arangomcp.domain.config.Protocol;
import io.arangomcp.domain.error.ArangoMcpException;
import io.arangomcp.domain.error.ErrorCode;
import io.arangomcp.ports.out.gateway.Secret;
import io.arangomcp.ports.out.gateway.ServerAddress;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Reads are tried again while the server cannot be reached; writes never are. Paths are encoded per segment. */
class RestCallsTest {
    private final ArangoDB arango = mock(ArangoDB.class);
    private final RestCalls rest = new RestCalls(arango, "app", new DriverErrors(new ServerAddress(
            List.of("http://db:8529"), "root", Secret.empty(), Secret.empty(), Protocol.HTTP2, Duration.ofSeconds(1),
            true, null, 4)));

    private static ArangoDBException refused() {
        return new ArangoDBException("Cannot contact any host!", new ConnectException("Connection refused"));
    }

    @Test
    void aReadIsTriedAgainWhileTheServerIsUnreachable() {
        when(arango.execute(any(Request.class), eq(Object.class))).thenThrow(refused()).thenThrow(refused())
                .thenReturn(new Response<>(200, Map.of(), Map.of("ok", true)));

        Object answer = rest.read(RestCalls.request(Request.Method.GET, "/_api/version"));

        assertThat(answer).isEqualTo(Map.of("ok", true));
        verify(arango, times(3)).execute(any(Request.class), eq(Object.class));
    }

    @Test
    void aReadGivesUpAfterThreeAttemptsAndAWriteAfterOne() {
        when(arango.execute(any(Request.class), eq(Object.class))).thenThrow(refused());

        Throwable read = catchThrowable(() -> rest.read(RestCalls.request(Request.Method.GET, "/_api/version")));
        Throwable write = catchThrowable(() -> rest.send(RestCalls.request(Request.Method.POST, "/_api/document",
                "c")));

        assertThat(((ArangoMcpException) read).code()).isEqualTo(ErrorCode.DATABASE_UNAVAILABLE);
        assertThat(((ArangoMcpException) write).code()).isEqualTo(ErrorCode.DATABASE_UNAVAILABLE);
        verify(arango, times(4)).execute(any(Request.class), eq(Object.class));
    }

    @Test
    void encodesEachPathSegment() {
        assertThat(RestCalls.encode("a b/名-_.~")).isEqualTo("a%20b%2F%E5%90%8D-_.~");
    }
}
