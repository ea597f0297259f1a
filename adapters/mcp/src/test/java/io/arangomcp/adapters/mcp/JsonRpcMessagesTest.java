package io.arangomcp.adapters.mcp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonRpcMessagesTest {
    private final JsonRpcMessages messages = new JsonRpcMessages();

    @Test
    void classifiesRequestsNotificationsAndResponses() {
        assertThat(messages.classify("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\"}"))
                .isEqualTo(new JsonRpcMessages.Message(JsonRpcMessages.Kind.REQUEST, "7", null));
        assertThat(messages.classify("{\"method\":\"ping\",\"id\":\"a\",\"jsonrpc\":\"2.0\",\"params\":{\"x\":[1]}}"))
                .isEqualTo(new JsonRpcMessages.Message(JsonRpcMessages.Kind.REQUEST, "\"a\"", null));
        assertThat(messages.classify("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").kind())
                .isEqualTo(JsonRpcMessages.Kind.NOTIFICATION);
        assertThat(messages.classify("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":{\"tools\":[]}}"))
                .isEqualTo(new JsonRpcMessages.Message(JsonRpcMessages.Kind.RESPONSE, "3", null));
        assertThat(messages.classify("{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-1}}").kind())
                .isEqualTo(JsonRpcMessages.Kind.RESPONSE);
    }

    @Test
    void rejectsWhatTheSdkWouldChokeOn() {
        assertThat(messages.classify("hello").error()).startsWith("invalid JSON");
        assertThat(messages.classify("[{\"jsonrpc\":\"2.0\"}]").error()).contains("batches");
        assertThat(messages.classify("42").error()).contains("must be a JSON object");
        assertThat(messages.classify("{\"id\":1,\"method\":\"x\"}").error()).contains("jsonrpc");
        assertThat(messages.classify("{\"jsonrpc\":\"2.0\",\"id\":1}").error()).contains("neither");
        assertThat(messages.classify("{\"jsonrpc\":\"2.0\",\"method\":\"x\"} {}").error()).contains("trailing");
        assertThat(messages.classify("{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"x\"}").error()).contains("id");
        assertThat(messages.classify("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\",\"params\":3}").error())
                .contains("params");
        assertThat(messages.classify("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"x\"}").kind())
                .isEqualTo(JsonRpcMessages.Kind.NOTIFICATION);
        assertThat(messages.classify("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\"").kind())
                .isEqualTo(JsonRpcMessages.Kind.INVALID);
    }

    @Test
    void answersParseErrorsAndInvalidRequestsWithTheirIds() {
        String parse = messages.errorAnswer(messages.classify("not json"));
        assertThat(parse).contains("\"id\":null").contains("-32700").contains("Parse error");
        String invalid = messages.errorAnswer(messages.classify("{\"id\":5,\"method\":\"x\"}"));
        assertThat(invalid).contains("\"id\":5").contains("-32600").contains("Invalid Request");
        String stringId = messages.errorAnswer(messages.classify("{\"id\":\"q\",\"jsonrpc\":\"1.0\",\"method\":\"x\"}"));
        assertThat(stringId).contains("\"id\":\"q\"");
    }
}
