package io.arangomcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The rewriting of error bodies, for the ways a servlet can write them. */
class ErrorBodyFilterTest {
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private final HttpServletResponse response = mock(HttpServletResponse.class);

    private JsonNode filter(FilterChain chain) throws Exception {
        when(response.getOutputStream()).thenReturn(new ServletOutputStream() {
            @Override
            public void write(int b) {
                written.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        });
        new ErrorBodyFilter().doFilter(mock(HttpServletRequest.class), response, chain);
        return new ObjectMapper().readTree(written.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anErrorWrittenAsBytesKeepsItsMessageAndLosesItsStackTrace() throws Exception {
        JsonNode body = filter((req, res) -> {
            HttpServletResponse r = (HttpServletResponse) res;
            r.setStatus(500);
            r.getOutputStream().write("{\"message\":\"boom\",\"stackTrace\":[{\"x\":1}]}".getBytes(StandardCharsets.UTF_8));
        });
        verify(response).setStatus(500);
        assertThat(body.at("/error/message").asText()).isEqualTo("boom");
        assertThat(body.at("/error/code").asInt()).isEqualTo(-32000);
        assertThat(body.toString()).doesNotContain("stackTrace");
    }

    @Test
    void sendErrorMessagesAndUnreadableBodiesAreHandled() throws Exception {
        JsonNode sent = filter((req, res) -> ((HttpServletResponse) res).sendError(405, "no GET here"));
        assertThat(sent.at("/error/message").asText()).isEqualTo("no GET here");
        written.reset();
        JsonNode garbled = filter((req, res) -> {
            HttpServletResponse r = (HttpServletResponse) res;
            r.setStatus(503);
            r.getWriter().write("<html>not json</html>");
        });
        assertThat(garbled.at("/error/message").asText()).isEqualTo("HTTP 503");
        written.reset();
        JsonNode bare = filter((req, res) -> ((HttpServletResponse) res).sendError(404));
        assertThat(bare.at("/error/message").asText()).startsWith("not found");
    }

    @Test
    void successPassesThroughUntouched() throws Exception {
        FilterChain chain = (req, res) -> {
            HttpServletResponse r = (HttpServletResponse) res;
            r.setStatus(202);
            r.getOutputStream().write('x');
        };
        when(response.getOutputStream()).thenReturn(mock(ServletOutputStream.class));
        new ErrorBodyFilter().doFilter(mock(HttpServletRequest.class), response, chain);
        verify(response).setStatus(202);
        verify(response.getOutputStream()).write('x');
    }
}
