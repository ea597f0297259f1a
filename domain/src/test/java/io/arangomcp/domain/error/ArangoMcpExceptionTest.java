package io.arangomcp.domain.error;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArangoMcpExceptionTest {

    @Test
    void shortConstructorHasNoDetailsHintOrCause() {
        ArangoMcpException e = new ArangoMcpException(ErrorCode.NOT_FOUND, "gone");

        assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(e.getMessage()).isEqualTo("gone");
        assertThat(e.details()).isEmpty();
        assertThat(e.hint()).isNull();
        assertThat(e.getCause()).isNull();
    }

    @Test
    void detailsAreCopiedAndCannotBeChanged() {
        Map<String, Object> details = new HashMap<>();
        details.put("collection", "users");
        ArangoMcpException e = new ArangoMcpException(ErrorCode.NOT_FOUND, "gone", details, "look again", null);
        details.put("later", "added");

        assertThat(e.details()).containsOnlyKeys("collection");
        assertThatThrownBy(() -> e.details().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(e.hint()).isEqualTo("look again");
    }

    @Test
    void requiredPartsAreNamedWhenMissing() {
        assertThatThrownBy(() -> new ArangoMcpException(null, "m"))
                .isInstanceOf(NullPointerException.class).hasMessage("code is null");
        assertThatThrownBy(() -> new ArangoMcpException(ErrorCode.NOT_FOUND, null))
                .isInstanceOf(NullPointerException.class).hasMessage("message is null");
        assertThatThrownBy(() -> new ArangoMcpException(ErrorCode.NOT_FOUND, "m", null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("details is null");
    }

    @Test
    void builderKeepsDetailsInTheOrderGiven() {
        IllegalStateException cause = new IllegalStateException("root");
        ArangoMcpException e = ArangoMcpException.builder(ErrorCode.CONFLICT, "clash")
                .detail("b", 2)
                .detail("a", 1)
                .detail("none", null)
                .hint("retry with ifMatch")
                .cause(cause)
                .build();

        assertThat(e.code()).isEqualTo(ErrorCode.CONFLICT);
        assertThat(e.details().keySet()).containsExactly("b", "a", "none");
        assertThat(e.details()).containsEntry("none", null);
        assertThat(e.hint()).isEqualTo("retry with ifMatch");
        assertThat(e.getCause()).isSameAs(cause);
    }

    @Test
    void builderRefusesMissingCodeMessageOrDetailKey() {
        assertThatThrownBy(() -> ArangoMcpException.builder(null, "m"))
                .isInstanceOf(NullPointerException.class).hasMessage("code is null");
        assertThatThrownBy(() -> ArangoMcpException.builder(ErrorCode.CONFLICT, null))
                .isInstanceOf(NullPointerException.class).hasMessage("message is null");
        assertThatThrownBy(() -> ArangoMcpException.builder(ErrorCode.CONFLICT, "m").detail(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("key is null");
    }

    @Test
    void builtDetailsAreIndependentOfTheBuilder() {
        ArangoMcpException.Builder builder = ArangoMcpException.builder(ErrorCode.CONFLICT, "m").detail("a", 1);
        ArangoMcpException first = builder.build();
        builder.detail("b", List.of());

        assertThat(first.details()).containsOnlyKeys("a");
    }
}
