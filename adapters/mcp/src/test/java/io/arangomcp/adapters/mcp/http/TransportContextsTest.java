package io.arangomcp.adapters.mcp.http;

import io.modelcontextprotocol.common.McpTransportContext;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TransportContextsTest {
    private static final String TOKEN = "eyJ.secret-bearer.token";

    /** A request whose only answers are these headers and attributes. */
    private static HttpServletRequest request(Map<String, String> headers, Map<String, Object> attributes) {
        return (HttpServletRequest) Proxy.newProxyInstance(TransportContextsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getAttribute" -> attributes.get((String) args[0]);
                    case "getRemoteAddr" -> "10.0.0.7";
                    default -> null;
                });
    }

    @Test
    void theBearerTokenStopsAtTheTransport() {
        McpTransportContext context = TransportContexts.of(request(
                Map.of("Authorization", "Bearer " + TOKEN, "Mcp-Session-Id", "s-1"),
                Map.of(Principal.ATTRIBUTE, new Principal("jwt:agent-7", "acme"))));
        assertThat(context.get(TransportContexts.SESSION)).isEqualTo("s-1");
        assertThat(context.get(TransportContexts.PRINCIPAL)).isEqualTo("jwt:agent-7");
        assertThat(context.get(TransportContexts.TENANT)).isEqualTo("acme");
        assertThat(context.get(TransportContexts.REMOTE)).isEqualTo("10.0.0.7");
        assertThat(context.get("Authorization")).isNull();
        assertThat(context.toString()).doesNotContain("secret-bearer");
        assertThat(TransportContexts.caller(context).toString()).doesNotContain("secret-bearer");
    }
}
