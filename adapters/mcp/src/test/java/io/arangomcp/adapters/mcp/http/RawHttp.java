package io.arangomcp.adapters.mcp.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** Test helper: one hand-written HTTP/1.1 exchange, for requests {@code java.net.http} will not send. */
final class RawHttp {
    private RawHttp() {
    }

    /** Sends {@code request} as is (it should say {@code Connection: close}) and returns the whole answer. */
    static String exchange(URI server, String request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
