package io.arangomcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * HTTP transport: replaces the error bodies of the SDK's servlet (a serialized exception with its whole stack
 * trace, java-sdk#955) by the short JSON error of {@link JsonErrors}, keeping the status and the message.
 */
final class ErrorBodyFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Capturing capturing = new Capturing(response);
        chain.doFilter(request, capturing);
        if (capturing.status >= 400) {
            JsonErrors.send(response, capturing.status, capturing.message());
        }
    }

    /** Lets success through untouched and holds back the body of anything that turns out to be an error. */
    private static final class Capturing extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        private int status;
        private String sentMessage;
        private PrintWriter writer;

        Capturing(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            if (sc >= 400) {
                status = sc;
            } else {
                super.setStatus(sc);
            }
        }

        @Override
        public void sendError(int sc, String msg) {
            status = sc;
            sentMessage = msg;
        }

        @Override
        public void sendError(int sc) {
            status = sc;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return status >= 400 ? new HeldStream(held) : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (status < 400) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(held, StandardCharsets.UTF_8), true);
            }
            return writer;
        }

        /** The message to keep: the one given to sendError, else the SDK error's own message. */
        String message() {
            if (sentMessage != null) {
                return sentMessage;
            }
            if (writer != null) {
                writer.flush();
            }
            try {
                JsonNode body = JSON.readTree(held.toByteArray());
                if (body != null && body.path("jsonRpcError").hasNonNull("message")) {
                    return body.path("jsonRpcError").get("message").asText();
                }
                if (body != null && body.hasNonNull("message")) {
                    return body.get("message").asText();
                }
            } catch (IOException e) {
                // not JSON: fall through to the status alone
            }
            return null;
        }
    }

    /** A servlet stream into the held-back buffer. */
    private static final class HeldStream extends ServletOutputStream {
        private final ByteArrayOutputStream target;

        HeldStream(ByteArrayOutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) {
            target.write(b);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("error bodies are written synchronously");
        }
    }
}
