package io.arangomcp.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Benchmark: one MCP session over one keep-alive HTTP/1.1 connection with blocking socket I/O and no JSON
 * parsing, so that the load driver spends as little of the machine's CPU as possible and the numbers describe
 * the server. Understands just what the server sends: JSON or SSE bodies, with a length or chunked.
 */
final class LeanMcpSession implements AutoCloseable {
    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final URI endpoint;
    private String sessionId;
    private int nextId = 1;

    LeanMcpSession(URI endpoint) throws IOException {
        this.endpoint = endpoint;
        this.socket = new Socket(endpoint.getHost(), endpoint.getPort());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(60_000);
        this.out = socket.getOutputStream();
        this.in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
    }

    /** {@code initialize} and {@code notifications/initialized}. */
    void initialize() throws IOException {
        Response init = post("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}");
        if (init.status != 200 || init.sessionId == null) {
            throw new IOException("initialize answered " + init.status + ": " + init.body);
        }
        sessionId = init.sessionId;
        Response initialized = post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        if (initialized.status != 202) {
            throw new IOException("notifications/initialized answered " + initialized.status);
        }
    }

    /** Calls a tool with arguments given as JSON text; returns the raw answer body (an SSE event). */
    String callTool(String name, String argumentsJson) throws IOException {
        Response r = post("{\"jsonrpc\":\"2.0\",\"id\":" + nextId++ + ",\"method\":\"tools/call\",\"params\":"
                + "{\"name\":\"" + name + "\",\"arguments\":" + argumentsJson + "}}");
        if (r.status != 200 || !r.body.contains("\"isError\":false")) {
            throw new IOException(name + " failed (" + r.status + "): " + r.body);
        }
        return r.body;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private Response post(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(256)
                .append("POST ").append(endpoint.getPath()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(endpoint.getHost()).append(':').append(endpoint.getPort()).append("\r\n")
                .append("Content-Type: application/json\r\nAccept: application/json, text/event-stream\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n");
        if (sessionId != null) {
            head.append("Mcp-Session-Id: ").append(sessionId).append("\r\nMCP-Protocol-Version: 2025-06-18\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return read();
    }

    private Response read() throws IOException {
        String status = line();
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        String session = null;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            if (name.equals("content-length")) {
                length = Long.parseLong(value);
            } else if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equals("mcp-session-id")) {
                session = value;
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                 size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                body.write(in.readNBytes(size));
                line();
            }
            while (!line().isEmpty()) {
                // trailers: none expected
            }
        } else if (length > 0) {
            body.write(in.readNBytes((int) length));
        }
        return new Response(code, session, body.toString(StandardCharsets.UTF_8));
    }

    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    /** One HTTP answer. */
    private record Response(int status, String sessionId, String body) {
    }
}
